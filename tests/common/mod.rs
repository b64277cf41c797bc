//! Helpers shared by the integration tests (each test file uses some).
#![allow(dead_code)]

/// The text of a fixture (`tests/fixtures/DIR/NAME.txt`).
pub fn fixture_in(dir: &str, name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/{dir}/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of a pattern fixture (`tests/fixtures/patterns/NAME.txt`).
pub fn pattern(name: &str) -> String {
    fixture_in("patterns", name)
}

/// `f` of every quote whosaid finds in a pattern fixture, in order.
pub fn each_quote<T>(
    name: &str,
    f: impl Fn(&str, &whosaid::Document, &whosaid::Quote) -> T,
) -> Vec<T> {
    let text = pattern(name);
    let doc = whosaid::extract(&text);
    doc.quotes.iter().map(|q| f(&text, &doc, q)).collect()
}

/// (quoted text, speaker name) of a quote.
pub fn said(text: &str, doc: &whosaid::Document, q: &whosaid::Quote) -> (String, Option<String>) {
    (
        q.text(text).to_string(),
        doc.speaker_of(q).map(|s| s.name.clone()),
    )
}

/// (quoted text, speaker name) as a test expects it.
pub fn pair(q: &str, s: &str) -> (String, Option<String>) {
    (q.to_string(), Some(s.to_string()))
}
