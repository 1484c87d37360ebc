package entity_test

import (
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestKindAppositions checks that the name right after the noun of a kind
// of organization (an article between them skipped) is an organization,
// retyped or added, and that a name after such a noun that an article
// opens, and a country after one, keep their types.
func TestKindAppositions(t *testing.T) {
	tests := []mentionType{
		{"Willoughby has no time for their homewear and accessories brand Truly .", "Truly", entity.Organization},
		{"Police found his DNA on them , CBS affiliate WAFB reports .", "WAFB", entity.Organization},
		{"In addition , perfume retailer the Fragrance Shop will be testing out concessions .", "Fragrance Shop", entity.Organization},
		{"He sold the company Jane Smith founded in 2016 .", "Jane Smith", entity.Person},
		{"She joined the firm John Brown ran .", "John Brown", entity.Person},
		{"Loans went to every insurer Germany regulates .", "Germany", entity.Location},
	}
	checkMentionTypes(t, "en", tests)
}
