package tr

// founderHeads are the foreign heads that Turkish text keeps as they are
// at the end of companies' and groups' names named after their founders
// (lang.FounderHeads): a group, a company, a corporation, a record label,
// a film studio, productions, pictures.
var founderHeads = map[string]bool{
	"group": true, "company": true, "corporation": true, "records": true, "studios": true,
	"productions": true, "pictures": true,
}

// FounderHead reports whether norm, a folded word, is one of founderHeads.
func (Turkish) FounderHead(norm string) bool { return founderHeads[norm] }
