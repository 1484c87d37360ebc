package entity

// IOB2 returns one IOB2 tag per token of d (B-PERSON, I-PERSON, O, ...),
// from its entities. A token belongs to an entity when the entity's byte
// span covers the token's.
func (d *Document) IOB2() []string {
	tags := make([]string, len(d.Tokens))
	for i := range tags {
		tags[i] = "O"
	}
	for _, e := range d.Entities {
		first := true
		for i := e.First; i < e.Last && i < len(d.Tokens); i++ {
			if d.Tokens[i].Start < e.Start || d.Tokens[i].End > e.End {
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
