package recognize

import (
	"testing"

	"github.com/varlik/varlik/annotation"
)

// TestTrimOrganizationStart checks which lower-case words leave the start
// of an organization's mention.
func TestTrimOrganizationStart(t *testing.T) {
	tests := []struct {
		lang, text string
		name       string
		want       string
	}{
		{"ru", "Директор по спорту Университета штата Луизиана сказал .", "спорту Университета штата Луизиана", "Университета штата Луизиана"},
		{"ru", "Он лечился в медицинском центре Вандербильта .", "медицинском центре Вандербильта", "медицинском центре Вандербильта"}, // an adjective and a head
		{"ru", "Он лечился в центре Вандербильта .", "центре Вандербильта", "центре Вандербильта"},                                     // a head
		{"ru", "Он видел weather . com вчера .", "weather . com", "weather . com"},                                                     // nothing capitalized after
		{"tr", "Dün spor Kulübü Galatasaray açıkladı .", "spor Kulübü Galatasaray", "spor Kulübü Galatasaray"},                         // no OrganizationNameForms
	}
	for _, tc := range tests {
		doc, ents, l := mentionIn(t, tc.lang, tc.text, tc.name, annotation.Organization, "")
		trimOrganizationStart(doc, ents, l)
		if e := ents[0]; e.Text != tc.want || doc.Text[e.Start:e.End] != e.Text {
			t.Errorf("%q: %q, want %q", tc.name, e.Text, tc.want)
		}
	}
}
