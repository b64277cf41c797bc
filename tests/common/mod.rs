//! Helpers shared by the integration tests.

/// The text of a pattern fixture (`tests/fixtures/patterns/NAME.txt`).
pub fn pattern(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/patterns/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}
