package entity

import "testing"

// TestCompetition checks which mentions name a competition or a festival
// by their first word, where the language opens such names with it, or by
// their last, where it ends them so.
func TestCompetition(t *testing.T) {
	tests := []struct {
		lang, text, name string
		typ              Type
		source           string
		want             bool
	}{
		{"ru", "Уже седьмой год в рамках Фестиваля граждан мира .", "Фестиваля граждан мира", Person, "model", true},
		{"ru", "Он играл в сезоне Премьер-лиги .", "Премьер-лиги", Organization, "model", true},
		{"ru", "Матч Евролиги пройдет в Лондоне .", "Евролиги", Organization, "model", true},
		{"ru", "Кубок Райдера начался .", "Кубок Райдера", Organization, "model", true},
		{"ru", "Лига арабских государств заявила .", "Лига арабских государств", Organization, "model", false}, // a body
		{"ru", "Кубань победила .", "Кубань", Organization, "model", false},
		{"ru", "Кубок Райдера начался .", "Кубок Райдера", Organization, "model+gazetteer", false}, // the gazetteer's
		{"en", "Festival Citizens met .", "Festival Citizens", Organization, "model", false},       // no CompetitionOpeners
		{"en", "They lost in the Premier League .", "Premier League", Organization, "model", true}, // CompetitionHeads
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, tc.typ, "")
		ents[0].Source = tc.source
		if got := competition(&ents[0], doc, l); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
