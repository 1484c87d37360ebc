package link

import "github.com/varlik/varlik/annotation"

// alignTypes gives a group the tagger alone typed the type of the one
// group of another type that names it too and that the gazetteer backs,
// and joins the two: a name twice in a document is one referent, and
// where the tagger read "Phoenix'teki" as the city (model and gazetteer)
// and, further on, "Phoenix'in" as a person (the tagger alone, scored
// lower), the gazetteer's reading stands. Left alone: a group whose
// mentions key as more than one name (a surname joined to its full name
// is a person, whatever a place of that name), a group with a mention the
// gazetteer gave or a mention in capitals (linkIdentical joins those), a
// name two other groups of the document have, and a group scored as high
// as the backed one.
func (lk *linker) alignTypes() {
	ents := lk.doc.Entities
	// By group root: the key all its mentions share ("" when they do not,
	// or when linking may not retype them all), and its highest score.
	type group struct {
		key   string
		typ   annotation.Type
		score float64
	}
	var groups map[int]*group
	// By key: the one backed group of that name (-1 when two), and the
	// highest score of its backed mentions.
	type backedGroup struct {
		root  int
		score float64
	}
	var backed map[string]*backedGroup
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		e, r := &ents[i], lk.find(i)
		if !retypable(e) {
			if backed == nil {
				backed = map[string]*backedGroup{}
			}
			b := backed[lk.key(i)]
			switch {
			case b == nil:
				backed[lk.key(i)] = &backedGroup{r, e.Score}
			case b.root != r:
				b.root = -1
			default:
				b.score = max(b.score, e.Score)
			}
		}
		if groups == nil {
			groups = map[int]*group{}
		}
		g := groups[r]
		if g == nil {
			g = &group{key: lk.key(i), typ: e.Type}
			groups[r] = g
		}
		if g.key != lk.key(i) || g.typ != e.Type || !retypable(e) || lk.caps[i] {
			g.key = ""
		}
		g.score = max(g.score, e.Score)
	}
	if backed == nil {
		return
	}
	var retyped map[int]annotation.Type // by group root after joining: the type its mentions take
	for r, g := range groups {
		b := backed[g.key]
		if g.key == "" || b == nil || b.root < 0 || b.score <= g.score {
			continue
		}
		typ := ents[b.root].Type
		if typ == g.typ || !lk.union(b.root, r) {
			continue
		}
		if retyped == nil {
			retyped = map[int]annotation.Type{}
		}
		retyped[b.root] = typ
	}
	if retyped == nil {
		return
	}
	byRoot := make(map[int]annotation.Type, len(retyped))
	for r, typ := range retyped {
		byRoot[lk.find(r)] = typ
	}
	for i := range ents {
		if typ, ok := byRoot[lk.find(i)]; ok && ents[i].Type != typ {
			ents[i].Type = typ
			ents[i].Source += "+link"
		}
	}
}
