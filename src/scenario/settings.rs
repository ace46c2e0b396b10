//! App-wide settings kept between visits.

use super::storage::Schema;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language last chosen with the switch; `None` follows the browser.
    pub lang: Option<Lang>,
}

impl Schema for Settings {
    const NAME: &'static str = "settings";
    const VERSION: u32 = 1;
}
