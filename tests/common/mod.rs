//! Helpers shared by the integration tests.

/// The text of a pattern fixture (`tests/fixtures/patterns/NAME.txt`).
pub fn pattern(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/patterns/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
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
