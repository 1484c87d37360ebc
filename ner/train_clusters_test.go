package ner

import (
	"testing"

	"github.com/varlik/varlik/lang"
)

func TestInduceClusters(t *testing.T) {
	var sents [][]lang.Token
	for range 5 {
		for _, name := range []string{"ali", "veli", "ayşe"} {
			sents = append(sents, tokens(name, "bugün", "geldi"), tokens("dün", name, "gitti"))
		}
		for _, place := range []string{"ankara", "izmir", "bursa"} {
			sents = append(sents, tokens(place, "'da", "kaldı"), tokens("yarın", place, "'ya"))
		}
	}
	a := induceClusters(sents, nil, 6, 2, 10, 3)
	b := induceClusters(sents, nil, 6, 2, 10, 3)
	if len(a) != len(b) {
		t.Fatal("two runs gave different cluster maps")
	}
	for h, c := range a {
		if b[h] != c {
			t.Fatal("two runs gave different clusters")
		}
	}
	table := freeze(a)
	clusters := func(w string) uint32 { c, _ := table.get(hashString(w)); return c }
	fine := func(w string) uint32 { return clusters(w) & 0xffff }
	if fine("ali") == 0 || fine("ali") != fine("veli") || fine("ali") != fine("ayşe") {
		t.Errorf("names in clusters %d %d %d, want one cluster", fine("ali"), fine("veli"), fine("ayşe"))
	}
	if fine("ankara") != fine("izmir") || fine("ankara") != fine("bursa") || fine("ankara") == fine("ali") {
		t.Errorf("places in clusters %d %d %d (names %d), want one other cluster",
			fine("ankara"), fine("izmir"), fine("bursa"), fine("ali"))
	}
	if clusters("kayseri") != 0 {
		t.Error("an unseen word has a cluster")
	}
}
