package ru

import (
	"slices"
	"testing"
)

func TestInstitutionalGloss(t *testing.T) {
	for _, c := range []struct {
		form, pivot string
		ok          bool
	}{
		{"министерство", "ministry", true},
		{"национальный", "national", true},
		{"национальная", "national", true}, // a feminine reading
		{"детское", "children", true},      // neuter, -кий after к
		{"окружающая среда", "environment", true},
		{"мид", "foreign ministry", true},
		{"политических", "political", true}, // a form the readings miss
		{"дел", "", true},                   // a word the name adds
		{"гарвардского", "гарвард", true},   // an adjective made from a name
		{"морской", "", false},              // from a common word: море
		{"бристоль", "", false},
	} {
		if pivot, ok := (Russian{}).InstitutionalGloss(c.form); pivot != c.pivot || ok != c.ok {
			t.Errorf("InstitutionalGloss(%q) = %q, %v; want %q, %v", c.form, pivot, ok, c.pivot, c.ok)
		}
	}
}

func TestAdjectiveForms(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"национальная", []string{"национальная", "национальный", "национальной"}},
		{"национальных", []string{"национальных", "национальный", "национальной"}},
		{"детское", []string{"детское", "детский", "детской"}},
		{"внутреннее", []string{"внутреннее", "внутренний", "внутренной"}},
		{"городской", []string{"городской", "городский", "городской"}},
		{"министерство", []string{"министерство"}}, // no adjective's ending
		{"ая", []string{"ая"}},
	} {
		f := adjectiveForms(c.in)
		var got []string
		for k := range f.n {
			got = append(got, f.form(k)+f.ending(k))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("adjectiveForms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
