//! # whosaid
//!
//! Who said what in a news article: whosaid splits the text into paragraphs
//! and sentences, finds every quotation (direct quotes, quoted fragments in
//! reported speech, quotes that run over several paragraphs) and attributes
//! each to its speaker through reporting cues, pronouns and the news
//! conventions for follow-on paragraphs. No model, no download.
//!
//! ```
//! let text = "“We agree with the proposals,” Vladimir Putin said. “But there are issues.”";
//! let doc = whosaid::extract(text);
//! assert_eq!(doc.quotes.len(), 2);
//! for q in &doc.quotes {
//!     assert_eq!(doc.speaker_of(q).unwrap().name, "Vladimir Putin");
//! }
//! ```
//!
//! The pipeline runs in stages, each in its own module, data flowing one
//! way and every result a byte [`Span`] into the caller's text:
//! `segment` (paragraphs, sentences) → `quotes` (pairing marks) → `tokens`
//! (words and their word-list entries) → `cues` (reporting verbs) →
//! `speakers` (mentions and names) → `resolve` (attribution) →
//! [`Document`]. The word lists live in `src/lexicon/`.

#![deny(missing_docs)]

mod cues;
mod document;
mod lexicon;
mod nested;
mod quotes;
mod referents;
mod resolve;
mod segment;
mod span;
mod speakers;
#[doc(hidden)]
pub mod stages;
mod swar;
mod text;
mod tokens;
mod transcript;

pub use document::{
    extract, Attribution, Document, Extractor, ExtractorBuilder, Options, Quote, QuoteKind, Speaker,
};
pub use lexicon::Gender;
pub use quotes::{quotations, Quotation, QuoteStyle};
pub use segment::{paragraphs, sentences};
pub use span::Span;
pub use speakers::SpeakerKind;

#[cfg(test)]
mod tests {
    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<crate::Extractor>();
        assert_send_sync::<crate::Document>();
        assert_send_sync::<crate::Quote>();
        assert_send_sync::<crate::Speaker>();
        assert_send_sync::<crate::Span>();
        assert_send_sync::<crate::Quotation>();
    }
}

/// The code blocks of README.md, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
