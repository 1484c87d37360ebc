package recognize

import "github.com/varlik/varlik/annotation"
import "testing"

// TestCompetition checks which mentions name a competition or a festival
// by their first word, where the language opens such names with it, or by
// their last, where it ends them so.
func TestCompetition(t *testing.T) {
	tests := []struct {
		lang, text, name string
		typ              annotation.Type
		source           string
		want             bool
	}{
		{"ru", "Уже седьмой год в рамках Фестиваля граждан мира .", "Фестиваля граждан мира", annotation.Person, "model", true},
		{"ru", "Он играл в сезоне Премьер-лиги .", "Премьер-лиги", annotation.Organization, "model", true},
		{"ru", "Матч Евролиги пройдет в Лондоне .", "Евролиги", annotation.Organization, "model", true},
		{"ru", "Кубок Райдера начался .", "Кубок Райдера", annotation.Organization, "model", true},
		{"ru", "Лига арабских государств заявила .", "Лига арабских государств", annotation.Organization, "model", false}, // a body
		{"ru", "Кубань победила .", "Кубань", annotation.Organization, "model", false},
		{"ru", "Кубок Райдера начался .", "Кубок Райдера", annotation.Organization, "model+gazetteer", false}, // the gazetteer's
		{"en", "Festival Citizens met .", "Festival Citizens", annotation.Organization, "model", false},       // no CompetitionOpeners
		{"en", "They lost in the Premier League .", "Premier League", annotation.Organization, "model", true}, // CompetitionHeads
		{"en", "He scored in La Liga .", "La Liga", annotation.Person, "model", true},                         // of any type
		{"en", "He played in the Eredivisie .", "Eredivisie", annotation.Location, "model", true},
		{"en", "The Arab League met .", "Arab League", annotation.Organization, "model+gazetteer", false}, // the gazetteer's body
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, tc.typ, "")
		ents[0].Source = tc.source
		if got := competition(&ents[0], doc, l); got != tc.want {
			t.Errorf("%q in %q: %v, want %v", tc.name, tc.text, got, tc.want)
		}
	}
}
