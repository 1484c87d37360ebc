package annotation

// IOB2 returns one IOB2 tag per token of d (B-PERSON, I-PERSON, O, ...),
// from its entities. A token belongs to an entity when it is one of the
// entity's tokens (First to Last) and overlaps its byte span: a given
// token with a suffix attached ("Türkiye'de", from entity.ExtractTokens)
// belongs to the entity its stem starts.
func (d *Document) IOB2() []string {
	tags := make([]string, len(d.Tokens))
	for i := range tags {
		tags[i] = "O"
	}
	for _, e := range d.Entities {
		first := true
		for i := e.First; i < e.Last && i < len(d.Tokens); i++ {
			if d.Tokens[i].End <= e.Start || d.Tokens[i].Start >= e.End {
				continue
			}
			if first {
				tags[i] = "B-" + string(e.Type)
				first = false
			} else {
				tags[i] = "I-" + string(e.Type)
			}
		}
	}
	return tags
}

// SpansFromTags returns the entity spans of an IOB tag sequence, read the
// way conlleval does: an I- tag that does not continue an entity of its
// type starts a new one. Tags of other shapes count as O.
func SpansFromTags(tags []string) []Span {
	var spans []Span
	open := -1
	var typ Type
	closeAt := func(i int) {
		if open >= 0 {
			spans = append(spans, Span{First: open, Last: i, Type: typ, Score: 1})
			open = -1
		}
	}
	for i, t := range tags {
		prefix, tt, ok := SplitTag(t)
		if !ok {
			closeAt(i)
			continue
		}
		if prefix == 'B' || open < 0 || tt != typ {
			closeAt(i)
			open, typ = i, tt
		}
	}
	closeAt(len(tags))
	return spans
}

// SplitTag splits an IOB tag ("B-PERSON") into its prefix ('B' or 'I') and
// type; ok is false for O and for tags of any other shape.
func SplitTag(tag string) (prefix byte, t Type, ok bool) {
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return 0, "", false
	}
	return tag[0], Type(tag[2:]), true
}
