package link

import (
	"slices"
	"strings"
	"testing"

	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	enlang "github.com/varlik/varlik/lang/en"
	rulang "github.com/varlik/varlik/lang/ru"
)

// minGazetteerKeyAgreement is the least share of the default gazetteer's
// entries with an English and a Russian name whose two name IDs (nameID
// of the preferred names) are the same: the gazetteer's translations are
// the transliterations a name key must merge. 7,198 of 9,269 (0.777)
// agree since ç, č, ć, гю, гя, dj and dz are keyed as they sound (6,885,
// 0.743, before); 7,857 (0.848) since kh, the Turkish c, gö and the words
// for saint are (7,365, 0.795, before); 7,892 (0.851) since the audit of
// every spelling rule (branch xling7) narrowed gh, ngha and the Spanish h
// and dropped у as w; of 10,297, 8,644 (0.839) → 8,753 (0.850) since a уэ
// after a vowel, цз and a pinyin ng are (branch xlkey), 8,750 since a pinyin word needs a letter group
// only pinyin writes (see pinyinMarks); of 10,408, 8,850 (0.850) → 8,893
// (0.854) since ž, ř, ț, ł, ð, þ, đ, ø, æ and ß are keyed as the sounds Russian
// writes (see appendLetterSound, branch xl3); the floor leaves
// room for the gazetteer's growth. Bodies whose English and Russian names
// are translations (Department of Justice, Министерство юстиции США;
// Brookings Institution, Брукингский институт), which no key merges, are
// not counted (translatedNames): at first the government bodies alone;
// since December 7 (sixth session) also the organizations only the curated
// tables, SupraVerden and ParlaMint name, whose tables of 2019 bodies (the
// UN system, think tanks, charities) had taken the share to 0.830 (10,411
// of 12,547); without them 0.859 (10,070 of 11,720), and the floor rose
// from 0.83.
const minGazetteerKeyAgreement = 0.85

// translatedNames reports whether e's English and Russian names are
// translations of each other rather than one name written in two scripts:
// a government body, or an organization only the hand-written tables,
// SupraVerden's international bodies or ParlaMint name.
func translatedNames(e *gazetteer.Entry) bool {
	sources := strings.Split(e.Attrs["source"], ",")
	if slices.Contains(sources, "government") {
		return true
	}
	return e.Type == gazetteer.Organization && !slices.ContainsFunc(sources, func(s string) bool {
		return s != "curated" && s != "supraverden" && s != "parlamint"
	})
}

// TestGazetteerNameKeysAgree checks that the English and Russian names of
// the default gazetteer's entries key alike for at least
// minGazetteerKeyAgreement of them; -v logs the share.
func TestGazetteerNameKeysAgree(t *testing.T) {
	var en, ru lang.Language = enlang.English{}, rulang.Russian{}
	agree, pairs := 0, 0
	for _, e := range gazetteer.Default().Entries() {
		if len(e.Names["en"]) == 0 || len(e.Names["ru"]) == 0 || translatedNames(e) {
			continue
		}
		person := e.Type == "PERSON"
		pairs++
		if nameID(strings.Fields(en.Fold(e.Names["en"][0])), en, person) == nameID(strings.Fields(ru.Fold(e.Names["ru"][0])), ru, person) {
			agree++
		}
	}
	share := float64(agree) / float64(pairs)
	t.Logf("%d of %d gazetteer entries (%.3f) have English and Russian names with one name ID", agree, pairs, share)
	if share < minGazetteerKeyAgreement {
		t.Errorf("%d of %d (%.3f) agree, want at least %.2f", agree, pairs, share, minGazetteerKeyAgreement)
	}
}
