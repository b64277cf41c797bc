//! Byte ranges into the caller's text.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open byte range `start..end` into the text given to the extractor.
///
/// Every span produced by whosaid lies on `char` boundaries of that text, so
/// [`Span::as_str`] never panics on the text the span came from.
///
/// ```
/// use whosaid::Span;
/// let text = "“Hi,” she said.";
/// let span = Span::new(3, 5);
/// assert_eq!(span.as_str(text), "Hi");
/// assert_eq!(span.char_range(text), 1..3);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Makes a span; `end` is clamped so that it is never before `start`.
    ///
    /// ```
    /// use whosaid::Span;
    /// assert_eq!(Span::new(4, 2), Span::new(4, 4));
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// The length in bytes.
    ///
    /// ```
    /// use whosaid::Span;
    /// assert_eq!(Span::new(2, 7).len(), 5);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// use whosaid::Span;
    /// assert!(Span::new(3, 3).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    /// The text the span covers, or `""` if it does not fit in `text` or
    /// does not fall on char boundaries (never a panic).
    ///
    /// ```
    /// use whosaid::Span;
    /// assert_eq!(Span::new(0, 5).as_str("Hello world"), "Hello");
    /// assert_eq!(Span::new(0, 50).as_str("short"), "");
    /// ```
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The span as a `Range<usize>` of bytes.
    ///
    /// ```
    /// use whosaid::Span;
    /// assert_eq!(Span::new(1, 4).range(), 1..4);
    /// ```
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The span as a range of `char` (code point) offsets into `text`, as
    /// Python and most annotation tools count.
    ///
    /// ```
    /// use whosaid::Span;
    /// let text = "«Oui», dit-il.";
    /// assert_eq!(Span::new(2, 5).char_range(text), 1..4);
    /// ```
    pub fn char_range(&self, text: &str) -> Range<usize> {
        let start = char_offset(text, self.start);
        let end = start + char_offset(text.get(self.start..).unwrap_or(""), self.len());
        start..end
    }

    /// Whether `other` lies entirely inside this span.
    ///
    /// ```
    /// use whosaid::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Number of chars in `text[..byte]`, counting a partial char as whole.
fn char_offset(text: &str, byte: usize) -> usize {
    let byte = byte.min(text.len());
    text.as_bytes()[..byte]
        .iter()
        .filter(|&&b| (b as i8) >= -0x40)
        .count()
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
