package ru

import "testing"

func TestOwnedByNext(t *testing.T) {
	tests := []struct {
		norm string
		want bool
	}{
		{"магазинах", true}, {"магазины", true}, {"супермаркетов", true}, {"сети", true}, {"сетью", true},
		// people and countries have these too, or they begin other words
		{"бизнеса", false}, {"представителей", false}, {"акции", false}, {"вратарь", false},
		{"сетовал", false}, {"в", false},
	}
	for _, tc := range tests {
		if got := (Russian{}).OwnedByNext(tc.norm); got != tc.want {
			t.Errorf("OwnedByNext(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}
