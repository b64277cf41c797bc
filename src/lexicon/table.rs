//! The lookup table behind every word list: open addressing over keys made
//! of the word's bytes (ASCII lower-cased, at most 16) packed in a `u128`,
//! so that a lookup is one multiply and a probe or two in a small array of
//! tags, with no hashing of strings and no allocation.

/// Words longer than this (in bytes) are never listed and never found.
pub(crate) const MAX_WORD: usize = 16;

/// The packed key of `word`: its bytes, ASCII lower-cased, with `’`
/// read as `'`; `None` when it is empty or too long to be listed.
pub(crate) fn word_key(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if (1..=MAX_WORD).contains(&b.len()) && b.is_ascii() {
        // Sixteen ASCII bytes lower-cased at once: each byte gets 0x20 where
        // it lies in 'A'..='Z' (no byte carries into the next: all < 0x80).
        const ONES: u128 = u128::MAX / 0xFF;
        let mut buf = [0u8; MAX_WORD];
        buf[..b.len()].copy_from_slice(b);
        let x = u128::from_le_bytes(buf);
        let at_least_a = x + ONES * u128::from(0x80 - b'A');
        let above_z = x + ONES * u128::from(0x80 - b'Z' - 1);
        let upper = at_least_a & !above_z & (ONES * 0x80);
        return Some(x | (upper >> 2));
    }
    let mut k = 0u128;
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        // U+2019 (’) is E2 80 99: read as one apostrophe.
        let (c, len) = if b[i..].starts_with(&[0xE2, 0x80, 0x99]) {
            (b'\'', 3)
        } else {
            (b[i].to_ascii_lowercase(), 1)
        };
        if n == MAX_WORD {
            return None;
        }
        k |= u128::from(c) << (8 * n);
        n += 1;
        i += len;
    }
    (n > 0).then_some(k)
}

/// The packed key of the word made of the first `len` bytes of `bytes`
/// (which may run on past the word): with sixteen bytes at hand it is one
/// load, a mask and the lower-casing, with no copy.
#[inline(always)]
pub(crate) fn word_key_at(bytes: &[u8], len: usize) -> Option<u128> {
    const ONES: u128 = u128::MAX / 0xFF;
    const ONES64: u64 = u64::MAX / 0xFF;
    if len == 0 || len > MAX_WORD {
        return None;
    }
    // Most words fit eight bytes: the same key with 64-bit arithmetic.
    if let Some(chunk) = bytes.first_chunk::<8>().filter(|_| len <= 8) {
        let x = u64::from_le_bytes(*chunk) & (u64::MAX >> (64 - 8 * len));
        if x & (ONES64 * 0x80) == 0 {
            let at_least_a = x + ONES64 * u64::from(0x80 - b'A');
            let above_z = x + ONES64 * u64::from(0x80 - b'Z' - 1);
            let upper = at_least_a & !above_z & (ONES64 * 0x80);
            return Some(u128::from(x | (upper >> 2)));
        }
    }
    let Some(chunk) = bytes.first_chunk::<MAX_WORD>() else {
        return std::str::from_utf8(bytes.get(..len)?)
            .ok()
            .and_then(word_key);
    };
    let mask = if len == MAX_WORD {
        u128::MAX
    } else {
        (1u128 << (8 * len)) - 1
    };
    let x = u128::from_le_bytes(*chunk) & mask;
    if x & (ONES * 0x80) != 0 {
        // Not ASCII: the careful path reads ’ as '.
        return std::str::from_utf8(bytes.get(..len)?)
            .ok()
            .and_then(word_key);
    }
    let at_least_a = x + ONES * u128::from(0x80 - b'A');
    let above_z = x + ONES * u128::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !above_z & (ONES * 0x80);
    Some(x | (upper >> 2))
}

/// A word table with a value of type `V` for each listed word.
///
/// The slots hold four bytes each (a tag of the key's hash and the index
/// of the word), so that the slot array of the largest list stays in the
/// first-level cache; the keys and values lie densely beside it, read only
/// when a tag matches.
#[derive(Debug)]
pub(crate) struct WordTable<V> {
    /// Per slot: `tag << 16 | index` of a listed word, 0 if empty.
    slots: Vec<u32>,
    /// The listed words' keys, in order of insertion.
    keys: Vec<u128>,
    /// Their values.
    values: Vec<V>,
    shift: u32,
}

/// How many words one table can hold: indices fit in sixteen bits.
const MAX_WORDS: usize = 1 << 16;

/// The hash of a key: the two halves mixed, then multiplied.
#[inline]
fn hash(k: u128) -> u64 {
    ((k as u64) ^ ((k >> 64) as u64).rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl<V: Copy + Default> WordTable<V> {
    /// An empty table with room for `words` words.
    pub fn with_capacity(words: usize) -> WordTable<V> {
        // Between a third and two thirds full: short probes in a small
        // array (8 KB of slots for the largest list, two thousand words).
        let words = words.min(MAX_WORDS);
        let size = (words * 3 / 2).next_power_of_two().max(64);
        WordTable {
            slots: vec![0; size],
            keys: Vec::with_capacity(words),
            values: Vec::with_capacity(words),
            shift: 64 - size.trailing_zeros(),
        }
    }

    /// Where key `k` is: `Ok` with the index of its word, or `Err` with the
    /// empty slot where it goes.
    #[inline]
    fn find(&self, k: u128) -> Result<usize, usize> {
        let h = hash(k);
        // The slot comes from the top bits of the hash, the tag from the
        // bottom ones (never 0).
        let tag = ((h as u32) & 0xFFFF).max(1);
        let mask = self.slots.len() - 1;
        let mut i = (h >> self.shift) as usize & mask;
        loop {
            let s = *self.slots.get(i).unwrap_or(&0);
            if s == 0 {
                return Err(i);
            }
            if s >> 16 == tag {
                let w = (s & 0xFFFF) as usize;
                if self.keys.get(w) == Some(&k) {
                    return Ok(w);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `word`, inserted as `V::default()` if absent; `None`
    /// for a word too long to list, or when the table holds as many words
    /// as it can (callers size it for the words they insert, so it never
    /// fills).
    pub fn entry(&mut self, word: &str) -> Option<&mut V> {
        let k = word_key(word)?;
        let w = match self.find(k) {
            Ok(w) => w,
            Err(slot) => {
                let w = self.keys.len();
                if w >= MAX_WORDS || 4 * (w + 1) > 3 * self.slots.len() {
                    return None;
                }
                let tag = ((hash(k) as u32) & 0xFFFF).max(1);
                self.slots[slot] = tag << 16 | w as u32;
                self.keys.push(k);
                self.values.push(V::default());
                w
            }
        };
        self.values.get_mut(w)
    }

    /// The value of `word` (any case), if it is listed.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_key(word_key(word)?)
    }

    /// The index of the word with packed key `k`, if it is listed.
    #[inline]
    pub fn find_key(&self, k: u128) -> Option<usize> {
        self.find(k).ok()
    }

    /// The value of the word at index `i` (as [`WordTable::find_key`]
    /// gives it).
    #[inline]
    pub fn value(&self, i: usize) -> Option<&V> {
        self.values.get(i)
    }

    /// The value of the word with packed key `k`, if it is listed.
    #[inline]
    pub fn get_key(&self, k: u128) -> Option<&V> {
        let w = self.find(k).ok()?;
        self.values.get(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_read_curly_apostrophes_as_straight() {
        let mut t: WordTable<u8> = WordTable::with_capacity(4);
        *t.entry("n't").unwrap() = 7;
        assert_eq!(t.get("N’T"), Some(&7));
        assert_eq!(t.get("nt"), None);
    }

    #[test]
    fn the_ascii_fast_path_lower_cases_only_letters() {
        assert_eq!(word_key("Mr.-Z@[`az"), word_key("mr.-z@[`az"));
        assert_ne!(word_key("@"), word_key("`"));
        assert_ne!(word_key("["), word_key("{"));
    }

    #[test]
    fn a_key_read_in_place_equals_the_key_of_the_word() {
        let text = b"Said Mr. Smith, who was there all day long";
        assert_eq!(word_key_at(text, 4), word_key("said"));
        assert_eq!(word_key_at(&text[5..], 3), word_key("mr."));
        assert_eq!(word_key_at("don’t worry".as_bytes(), 7), word_key("don't"));
        assert_eq!(word_key_at(b"short", 5), word_key("SHORT"));
    }

    #[test]
    fn keys_read_in_place_agree_with_word_keys_at_every_length() {
        let text = "Secretary-General O’Brien SAID the U.S. deal was Done at 9 a.m. zzzz";
        let b = text.as_bytes();
        for start in 0..b.len() {
            for len in 0..=MAX_WORD {
                let Some(word) = text.get(start..start + len) else {
                    continue;
                };
                assert_eq!(word_key_at(&b[start..], len), word_key(word), "{word:?}");
            }
        }
    }

    #[test]
    fn words_longer_than_sixteen_bytes_are_never_listed() {
        let mut t: WordTable<u8> = WordTable::with_capacity(4);
        assert!(t.entry("secretary-general").is_none());
        assert!(t.get("secretary-general").is_none());
    }
}
