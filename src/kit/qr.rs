//! A QR code of a link as SVG text: the `qrcode` crate encodes, this draws one path of dark
//! modules inside the quiet zone scanners need, with an accessible name. Pure: tested here.

use super::html::escape;
use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write as _;

/// Light modules around the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// The SVG of `text`'s QR code, `label` naming it; `None` when the text is too long for a QR
/// code (about 2 300 characters of a link at this error correction).
pub fn svg(text: &str, label: &str, test_id: &str) -> Option<String> {
    // Level M survives a smudged printout or a glare on the projector screen.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let _ = write!(path, "M{} {}h1v1h-1z", i % width + QUIET_ZONE, i / width + QUIET_ZONE);
        }
    }
    Some(format!(
        r##"<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges" role="img" aria-label="{}" data-testid="{}" data-modules="{width}"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##,
        escape(label),
        escape(test_id)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_becomes_a_code_with_its_quiet_zone() {
        let drawn = svg("https://example.org/atelier/#/mrp?preset=fig-3-22&lang=fr", "QR <code>", "teach-qr").unwrap();
        assert!(drawn.starts_with(r#"<svg class="qr""#) && drawn.contains(r#"aria-label="QR &lt;code&gt;""#));
        // 57 characters at level M: version 4, 33 modules, 41 with the quiet zone.
        assert!(drawn.contains(r#"viewBox="0 0 41 41""#), "{drawn}");
        assert!(drawn.contains("M4 4h1v1h-1z"), "the finder pattern's corner sits inside the quiet zone");
        assert_eq!(svg(&"x".repeat(5000), "", "q"), None, "too long for any QR code");
    }
}
