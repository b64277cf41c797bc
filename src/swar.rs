//! Eight bytes at a time: the word-parallel byte tests with which the
//! scanners of the segment and quote stages skip the bytes no rule of
//! theirs looks at. Plain integer arithmetic, no `unsafe`, no SIMD.

/// The byte 0x01 in every lane.
pub(crate) const LO: u64 = 0x0101_0101_0101_0101;
/// The high bit of every lane.
pub(crate) const HI: u64 = 0x8080_8080_8080_8080;
/// The low seven bits of every lane.
pub(crate) const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;

/// The eight bytes of `b` from `i` as a little-endian word; callers make
/// sure that `i + 8 <= b.len()`.
#[inline(always)]
pub(crate) fn load8(b: &[u8], i: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(a)
}

/// The high bit of each byte of `x` that is zero (exact, no carries
/// between bytes).
#[inline(always)]
pub(crate) fn zero_bytes(x: u64) -> u64 {
    !((((x & LOW7) + LOW7) | x) | LOW7)
}

/// The high bit of each byte of `x` equal to `byte`.
#[inline(always)]
pub(crate) fn eq_bytes(x: u64, byte: u8) -> u64 {
    zero_bytes(x ^ (LO * u64::from(byte)))
}

/// The high bit of each byte of `x` from 0xC0 up: the lead bytes of
/// multi-byte chars (and the bytes no UTF-8 text holds).
#[inline(always)]
pub(crate) fn lead_bytes(x: u64) -> u64 {
    x & (x << 1) & HI
}

/// The high bit of each byte of `x` that lies in `lo..=hi` (both below
/// 0x80).
#[inline(always)]
fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let low = x & LOW7;
    let at_least_lo = low + LO * u64::from(0x80 - lo);
    let above_hi = low + LO * u64::from(0x7F - hi);
    at_least_lo & !above_hi & !x & HI
}

/// The high bit of each byte of `x` that is an ASCII letter or digit.
#[inline(always)]
pub(crate) fn alnum_bytes(x: u64) -> u64 {
    // Letters fold to lower case with 0x20; no other byte folds into a..=z.
    in_range(x, b'0', b'9') | in_range(x | (LO * 0x20), b'a', b'z')
}

/// The first position at or after `i` of a byte of `b` that is not an
/// ASCII letter or digit, or `b.len()`.
#[inline]
pub(crate) fn skip_alnum(b: &[u8], mut i: usize) -> usize {
    while i + 8 <= b.len() {
        let m = !alnum_bytes(load8(b, i)) & HI;
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    i
}

/// The first position of `needle` in `b`: eight bytes at a time.
pub(crate) fn find_byte(b: &[u8], needle: u8) -> Option<usize> {
    let mut i = 0;
    while i + 8 <= b.len() {
        let m = eq_bytes(load8(b, i), needle);
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    b[i..].iter().position(|&c| c == needle).map(|x| i + x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_byte_finds_the_first_newline() {
        let t = "abcdefghij\nkl\n";
        assert_eq!(find_byte(t.as_bytes(), b'\n'), Some(10));
        assert_eq!(find_byte(b"abc", b'\n'), None);
        assert_eq!(find_byte(b"abcdefgh\n", b'\n'), Some(8));
    }

    #[test]
    fn byte_tests_mark_exactly_the_bytes_they_name() {
        for c in 0..=255u8 {
            for pos in 0..8 {
                let mut a = [b'x'; 8];
                a[pos] = c;
                let x = u64::from_le_bytes(a);
                let bit = 0x80u64 << (8 * pos);
                assert_eq!(eq_bytes(x, b'"') & bit != 0, c == b'"', "{c:#x}");
                assert_eq!(lead_bytes(x) & bit != 0, c >= 0xC0, "{c:#x}");
                assert_eq!(zero_bytes(x) & bit != 0, c == 0, "{c:#x}");
                assert_eq!(
                    alnum_bytes(x) & bit != 0,
                    c.is_ascii_alphanumeric(),
                    "{c:#x}"
                );
                let mut b = [b'a'; 8];
                b[pos] = c;
                let want = if c.is_ascii_alphanumeric() { 8 } else { pos };
                assert_eq!(skip_alnum(&b, 0), want, "{c:#x}");
            }
        }
    }
}
