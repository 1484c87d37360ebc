package en

import "github.com/varlik/varlik/lang"

var _ lang.OrganizationKinds = English{}

// OrganizationKind reports whether norm, a folded word, is the plural noun
// of a kind of organization (lang.OrganizationKinds).
func (English) OrganizationKind(norm string) bool { return orgKinds[norm] }

// orgKinds are plural nouns whose examples are organizations. Left out
// because people or places are given as their examples too: groups (ethnic
// groups such as Kurds), teams and sides (national sides such as France,
// a place in news annotation), outlets (a store or a newspaper, also a
// town's), acts (singers), sources.
var orgKinds = map[string]bool{
	"companies": true, "firms": true, "businesses": true, "brands": true, "retailers": true, "supermarkets": true,
	"chains": true, "shops": true, "stores": true, "banks": true, "lenders": true, "insurers": true, "airlines": true,
	"carriers": true, "manufacturers": true, "carmakers": true, "automakers": true, "publishers": true, "studios": true,
	"labels": true, "networks": true, "broadcasters": true, "channels": true, "newspapers": true, "papers": true,
	"magazines": true, "sites": true, "websites": true, "platforms": true, "charities": true, "agencies": true,
	"organisations": true, "organizations": true, "institutions": true, "universities": true, "clubs": true,
	"parties": true, "unions": true, "giants": true, "discounters": true,
}

// IntroducesExamples reports whether norm, a folded word, introduces the
// examples after a kind's noun (lang.OrganizationKinds): "brands such as",
// "networks including", "shops like".
func (English) IntroducesExamples(norm string) bool {
	return cueWords.of(norm)&lang.IntroducesExamplesCue != 0
}

// exampleIntroducers are the words IntroducesExamples holds for.
var exampleIntroducers = map[string]bool{"such": true, "including": true, "like": true, "notably": true}

// CompletesIntroduction reports whether norm is as, which introduces
// examples after such (lang.OrganizationKinds) and alone is "as" in
// "retailers, as Smith said".
func (English) CompletesIntroduction(norm string) bool { return norm == "as" }
