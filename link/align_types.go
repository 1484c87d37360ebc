package link

import "github.com/varlik/varlik/annotation"

// maxPairwiseMentions is the most mentions whose pairs alignTypes compares
// before it builds any index: a line of news, linked as a document, has a
// handful, and most have no name the gazetteer and the tagger alone typed
// otherwise; the maps it needs otherwise took 1.5 allocations a line
// (BenchmarkExtract/news/lines, 3,389 → 3,999 allocations an operation).
const maxPairwiseMentions = 64

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
	if len(ents) <= maxPairwiseMentions && !lk.typeClash() {
		return
	}
	// By key: the one group with a backed mention of that name (-1 when
	// two, or when its backed mentions of the name differ in type), their
	// type and highest score.
	type backedGroup struct {
		root  int
		typ   annotation.Type
		score float64
	}
	var backed map[string]*backedGroup
	for i := range ents {
		if retypable(&ents[i]) {
			continue
		}
		if backed == nil {
			backed = map[string]*backedGroup{}
		}
		r := lk.find(i)
		switch b := backed[lk.key(i)]; {
		case b == nil:
			backed[lk.key(i)] = &backedGroup{r, ents[i].Type, ents[i].Score}
		case b.root != r || b.typ != ents[i].Type:
			b.root = -1
		default:
			b.score = max(b.score, ents[i].Score)
		}
	}
	if backed == nil {
		return
	}
	// The groups that may take another type: by root, the backed group
	// (nil once a mention shows that the group may not).
	var takes map[int]*backedGroup
	for i := range ents {
		if lk.stop.Done() {
			return
		}
		b, r := backed[lk.key(i)], lk.find(i)
		if b == nil || b.root < 0 || b.root == r || !retypable(&ents[i]) || lk.caps[i] ||
			ents[i].Type == b.typ || ents[i].Score >= b.score {
			continue
		}
		if takes == nil {
			takes = map[int]*backedGroup{}
		}
		takes[r] = b
	}
	if takes == nil {
		return
	}
	// Every mention of such a group must qualify: one name, one type, the
	// tagger's alone, none in capitals, none scored as high.
	for i := range ents {
		r := lk.find(i)
		to := takes[r]
		if to == nil {
			continue
		}
		if backed[lk.key(i)] != to || !retypable(&ents[i]) || lk.caps[i] || ents[i].Score >= to.score ||
			ents[i].Type != ents[r].Type {
			takes[r] = nil
		}
	}
	var joined []*backedGroup
	for r, to := range takes {
		if to != nil && lk.union(to.root, r) {
			joined = append(joined, to)
		}
	}
	if len(joined) == 0 {
		return
	}
	byRoot := make(map[int]annotation.Type, len(joined)) // by group root once all are joined: the type its mentions take
	for _, to := range joined {
		byRoot[lk.find(to.root)] = to.typ
	}
	for i := range ents {
		if typ, ok := byRoot[lk.find(i)]; ok && ents[i].Type != typ {
			ents[i].Type = typ
			ents[i].Source += "+link"
		}
	}
}

// typeClash reports whether a mention the tagger alone typed, not in
// capitals, keys as a mention the gazetteer backs of another type: the
// only case alignTypes acts on.
func (lk *linker) typeClash() bool {
	ents := lk.doc.Entities
	for i := range ents {
		if retypable(&ents[i]) {
			continue
		}
		for j := range ents {
			if retypable(&ents[j]) && !lk.caps[j] && ents[j].Type != ents[i].Type && lk.key(j) == lk.key(i) {
				return true
			}
		}
	}
	return false
}
