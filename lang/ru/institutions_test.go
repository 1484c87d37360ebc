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

func TestAdjectiveLemmas(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"национальная", []string{"национальный", "национальной"}},
		{"национальных", []string{"национальный", "национальной"}},
		{"детское", []string{"детский", "детской"}},
		{"внутреннее", []string{"внутренний", "внутренной"}},
		{"городской", []string{"городский", "городской"}},
		{"министерство", nil}, // no adjective's ending
		{"ая", nil},
	} {
		if got := adjectiveLemmas(c.in); !slices.Equal(got, c.want) {
			t.Errorf("adjectiveLemmas(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
