package main

import (
	"slices"
	"strings"
	"testing"
)

// TestMilitantGroupsOnce checks that every militant_group row of
// curated/orgs.tsv makes an entry of its own: a row of the 2019 lists that
// shared an English name with another group's row would fold the two
// groups into one (merge), or a group listed twice would make two entries.
func TestMilitantGroupsOnce(t *testing.T) {
	rows, err := readCurated("orgs.tsv", 7)
	if err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, r := range rows {
		if r[1] == "militant_group" {
			want++
		}
	}
	got := 0
	for _, r := range loadDefault(t) {
		if r[1] == "ORGANIZATION" && r[2] == "militant_group" {
			got++
		}
	}
	if got != want {
		t.Errorf("%d militant_group entries, want one per row of curated/orgs.tsv: %d", got, want)
	}
}

// TestMilitantGroups checks a few rows of the 2019 lists' block: their
// names in each language (a lower-case article's form kept beside the
// capitalized one), subtype and country, and that a wing or a predecessor
// stays apart from the group above (the Qassam Brigades from Hamas, the
// Nusra Front from HTS, the New IRA from the IRA).
func TestMilitantGroups(t *testing.T) {
	rows := loadDefault(t)
	tests := []struct {
		id      string
		names   []string // lang=name, each among the entry's names
		country string   // an entry ID, "" for none
	}{
		{"varlik:org:al-qaeda", []string{"tr=El Kaide", "en=Al-Qaeda", "en=al-Qaeda", "ru=Аль-Каида"}, ""},
		{"varlik:org:al-qaeda-in-the-arabian-peninsula", []string{"en=AQAP", "en=al-Qaeda in the Arabian Peninsula", "tr=Arap Yarımadası El Kaidesi"}, "Q805"},
		{"varlik:org:lashkar-e-taiba", []string{"tr=Leşker-i Tayyibe", "en=Lashkar-e-Taiba", "ru=Лашкаре-Тайба"}, "Q843"},
		{"varlik:org:jaish-e-mohammed", []string{"tr=Ceyş-i Muhammed", "en=Jaish-e-Mohammed"}, "Q843"},
		{"varlik:org:islamic-state-west-africa-province", []string{"en=ISWAP"}, "Q1033"},
		{"varlik:org:izz-ad-din-al-qassam-brigades", []string{"en=Qassam Brigades", "tr=Kassam Tugayları"}, "Q407199"},
		{"varlik:org:al-nusra-front", []string{"en=Jabhat al-Nusra", "tr=Nusra Cephesi"}, "Q858"},
		{"varlik:org:new-ira", []string{"en=New IRA", "ru=Новая ИРА"}, "Q145"},
		{"varlik:org:ulster-volunteer-force", []string{"en=UVF"}, "Q145"},
		{"varlik:org:eta", []string{"en=ETA", "tr=ETA"}, "Q29"},
		{"varlik:org:aum-shinrikyo", []string{"ru=Аум Синрикё"}, "Q17"},
		{"varlik:org:pkk", []string{"tr=PKK", "tr=Kürdistan İşçi Partisi"}, "Q43"},
		{"varlik:org:kck", []string{"tr=Kürdistan Topluluklar Birliği"}, "Q43"},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			r := rows[tt.id]
			if r == nil {
				t.Fatal("no entry")
			}
			if r[1] != "ORGANIZATION" || r[2] != "militant_group" {
				t.Errorf("type %s/%s, want ORGANIZATION/militant_group", r[1], r[2])
			}
			names := namesOf(r[4])
			for _, n := range tt.names {
				lang, name, _ := strings.Cut(n, "=")
				if !slices.Contains(names[lang], name) {
					t.Errorf("no %s name %q in %s", lang, name, r[4])
				}
			}
			if got := attr(r[5], "country"); got != tt.country {
				t.Errorf("country %q, want %q", got, tt.country)
			}
		})
	}
	for _, tt := range []struct{ id, name string }{
		{"varlik:org:hamas", "Qassam Brigades"},
		{"varlik:org:hayat-tahrir-al-sham", "Jabhat al-Nusra"},
		{"varlik:org:irish-republican-army", "New IRA"},
	} {
		if r := rows[tt.id]; r == nil || slices.Contains(namesOf(r[4])["en"], tt.name) {
			t.Errorf("%s: missing, or named %q, another group's name", tt.id, tt.name)
		}
	}
}

// namesOf splits a generated row's names column into each language's names.
func namesOf(col string) map[string][]string {
	names := map[string][]string{}
	for _, part := range strings.Split(col, ";") {
		lang, ns, _ := strings.Cut(part, "=")
		names[lang] = strings.Split(ns, "|")
	}
	return names
}

// attr returns the value of key in a generated row's attribute column.
func attr(attrs, key string) string {
	for _, kv := range strings.Split(attrs, ";") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key {
			return v
		}
	}
	return ""
}
