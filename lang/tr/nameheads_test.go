package tr

import "testing"

func TestEnglishHead(t *testing.T) {
	for _, tc := range []struct{ stem, want string }{
		{"cadde", "street"},
		{"okyanus", "ocean"},
		{"mahkeme", "court"},
		{"caddesi", ""},         // a form, not the dictionary's: link asks for its stems
		{"komite", "committee"}, // keyed as committee is, but its forms are not (komitesinin)
		{"deniz", ""},           // a given name too
		{"meclis", ""},          // assembly or parliament
		{"bestwood", ""},
		{"ulusal", "national"}, // a word of a name other than its head
		{"çocuk", "children"},
		{"yüksek", ""}, // high or supreme
		{"devlet", ""}, // a given name too
	} {
		if got := (Turkish{}).EnglishHead(tc.stem); got != tc.want {
			t.Errorf("EnglishHead(%q) = %q, want %q", tc.stem, got, tc.want)
		}
	}
}
