//! The dependency rule: the engine (and the other pure rings) never touch a web crate, so the
//! maths stays testable natively and reusable anywhere.
// Host-only: the wasm32 test run is for browser unit tests.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const WEB_CRATES: &[&str] = &["leptos", "web_sys", "js_sys", "wasm_bindgen", "gloo", "gloo_storage", "charming", "send_wrapper"];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every `crate::`-like path or `use` of a web crate in the files under `dir`.
fn web_imports(dir: &Path, allowed: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for file in rust_files(dir) {
        let source = fs::read_to_string(&file).unwrap();
        for (number, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            for web in WEB_CRATES.iter().filter(|w| !allowed.contains(w)) {
                let as_path = format!("{web}::");
                let as_use = format!("use {web}");
                let as_extern = format!("extern crate {web}");
                if code.contains(&as_path) || code.contains(&as_use) || code.contains(&as_extern) {
                    hits.push(format!("{}:{}: {}", file.display(), number + 1, line.trim()));
                }
            }
        }
    }
    hits
}

#[test]
fn engine_imports_no_web_crate() {
    let hits = web_imports(Path::new("src/engine"), &[]);
    assert!(hits.is_empty(), "src/engine must stay pure:\n{}", hits.join("\n"));
}

#[test]
fn scenario_and_i18n_import_no_web_crate() {
    let mut hits = web_imports(Path::new("src/scenario"), &[]);
    let i18n = fs::read_to_string("src/i18n.rs").unwrap();
    hits.extend(WEB_CRATES.iter().filter(|w| i18n.contains(&format!("{w}::"))).map(|w| format!("src/i18n.rs uses {w}")));
    assert!(hits.is_empty(), "pure rings must stay pure:\n{}", hits.join("\n"));
}

#[test]
fn charts_use_only_charming() {
    let hits = web_imports(Path::new("src/charts"), &["charming"]);
    assert!(hits.is_empty(), "chart specs are plain data:\n{}", hits.join("\n"));
}

// The checker itself must catch a violation, or the tests above prove nothing.
#[test]
fn checker_flags_a_web_import() {
    let dir = std::env::temp_dir().join(format!("atelier-arch-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("bad.rs"), "use leptos::prelude::*;\n// web_sys:: in a comment is fine\n").unwrap();
    let hits = web_imports(&dir, &[]);
    fs::remove_dir_all(&dir).unwrap();
    assert_eq!(hits.len(), 1, "{hits:?}");
}
