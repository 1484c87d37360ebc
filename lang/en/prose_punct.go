package en

// punctuatedSpan reports whether the span text[i:end] is ASCII opening
// marks, one run of letters and digits text[w:wEnd], and closing marks
// ("(Reuters)", "said,", "Kavanaugh."): most spans of running English that
// are not a bare word have this form, and emitPunctuated splits them as
// prose does without handing them to prose.
func punctuatedSpan(text string, i, end int) (w, wEnd int, ok bool) {
	w = i
	for w < end && isProsePrefix(text[w]) {
		w++
	}
	wEnd = w
	for wEnd < end && isASCIIAlnum(text[wEnd]) {
		wEnd++
	}
	if wEnd == w {
		return 0, 0, false
	}
	for k := wEnd; k < end; k++ {
		if !isProseSuffix(text[k]) {
			return 0, 0, false
		}
	}
	return w, wEnd, true
}

// emitPunctuated emits prose's tokens of the span text[i:end], after
// calling flush(i), and reports true when punctuatedSpan accepts it; else
// it does nothing and reports false. On such a span prose's steps are simple: no contraction can
// occur (each holds an apostrophe before a letter), and prose peels one
// mark at a time, prefixes first, unless what is left is a span it keeps
// whole (proseKeepsWhole). TestPunctuatedMatchesProse checks every short
// span of this form, and the tests of proseTokens the rest, against prose.
func emitPunctuated(text string, i, end int, flush func(int), emit func(start, end int)) bool {
	w, wEnd, ok := punctuatedSpan(text, i, end)
	if !ok {
		return false
	}
	flush(i)
	cut := end // prose works on text[i:cut]; its suffixes follow, in text order
	for !proseKeepsWhole(text[i:cut]) && cut-i > 1 {
		if i < w {
			emit(i, i+1)
			i++
		} else if cut > wEnd {
			cut--
		} else {
			break
		}
	}
	emit(i, cut)
	for k := cut; k < end; k++ {
		emit(k, k+1)
	}
	return true
}

// proseKeepsWhole reports whether prose keeps s, a span of the form
// punctuatedSpan accepts, as one token: a short capitalized word and a
// dot, as prose keeps Mr. (its pattern ^[A-Z][a-z]{1,2}\.$), or one of its
// emoticons that has this form.
func proseKeepsWhole(s string) bool {
	switch s {
	case "(o:", "8D", "xD", "XDD", "xDD":
		return true
	}
	if n := len(s); n >= 3 && n <= 4 && s[n-1] == '.' && 'A' <= s[0] && s[0] <= 'Z' {
		for k := 1; k < n-1; k++ {
			if s[k] < 'a' || s[k] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

// isProsePrefix and isProseSuffix are prose's ASCII prefixes and suffixes,
// each one byte.
func isProsePrefix(c byte) bool { return c == '$' || c == '(' || c == '"' || c == '[' }

func isProseSuffix(c byte) bool {
	switch c {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		return true
	}
	return false
}

func isASCIIAlnum(c byte) bool { return asciiAlnum[c] }

// asciiAlnum holds, for every byte, whether it is an ASCII letter or digit.
var asciiAlnum = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()
