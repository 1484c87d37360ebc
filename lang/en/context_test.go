package en

import "testing"

func TestMarksOrganization(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"defenders", true}, {"keeper", true}, {"striker", true}, {"manager", true}, {"shares", true},
		{"spokeswoman", true}, {"employees", true}, {"members", true}, {"party", true},
		{"captain", true}, {"pitcher", true}, {"batsman", true}, {"website", true}, {"web", true},
		// people and countries have these too
		{"fans", false}, {"supporters", false}, {"team", false}, {"side", false}, {"officials", false},
		{"said", false}, {"and", false}, {"Defenders", false}, // folded words only
	}
	for _, tc := range tests {
		if got := (English{}).MarksOrganization(tc.norm); got != tc.want {
			t.Errorf("MarksOrganization(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestOwnedByOrganization(t *testing.T) {
	tests := []struct {
		suffix, norm string
		want         bool
	}{
		{"'s", "stores", true}, {"’s", "employee", true}, {"'s", "worker", true}, {"'s", "shares", true},
		// a team's players by position: a manager has them too
		{"'s", "striker", false}, {"'s", "goalkeeper", false}, {"'s", "defenders", false}, {"'s", "coach", false},
		// a person's or a town's
		{"'s", "side", false}, {"'s", "spokesman", false}, {"'s", "defense", false}, {"'s", "founder", false},
		{"'s", "nomination", false},
		// a shop or firm named by its founder: the possessive owns nothing, or is the subject of a verb
		{"'s", "", true}, {"'s", "is", true}, {"’s", "has", true}, {"'s", "said", true},
		// a contracted has before a participle, or a possession
		{"'s", "been", false}, {"'s", "sold", false}, {"'s", "commercial", false},
		// not the possessive
		{"'ll", "stores", false}, {"'", "stores", false}, {"'ll", "", false},
	}
	for _, tc := range tests {
		if got := (English{}).OwnedByOrganization(tc.suffix, tc.norm); got != tc.want {
			t.Errorf("OwnedByOrganization(%q, %q) = %v, want %v", tc.suffix, tc.norm, got, tc.want)
		}
	}
}

func TestMarksTeam(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"defenders", true}, {"manager", true}, {"captain", true}, {"pitcher", true},
		// a company's or a market's: a town has them too
		{"shares", false}, {"stores", false}, {"employees", false}, {"spokesman", false}, {"party", false},
	}
	for _, tc := range tests {
		if got := (English{}).MarksTeam(tc.norm); got != tc.want {
			t.Errorf("MarksTeam(%q) = %v, want %v", tc.norm, got, tc.want)
		}
		if tc.want && !(English{}).MarksOrganization(tc.norm) {
			t.Errorf("%q marks a team but not an organization", tc.norm)
		}
	}
}
