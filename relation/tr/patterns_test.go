package tr_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/varlik/varlik/entity"
)

// TestTurkishRelationsRead checks relations on sentences written for the
// test, above all those the general patterns must not make: a negated or
// called-off meeting, two people who speak apart, "together with", the
// host of an event, the noun a participle of saying qualifies.
func TestTurkishRelationsRead(t *testing.T) {
	x, err := entity.New(entity.WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want []string // "TYPE subject|object", object "" for none
	}{
		{"Recep Tayyip Erdoğan, Vladimir Putin ile görüştü.", []string{"MEETS Recep Tayyip Erdoğan|Vladimir Putin"}},
		{"Recep Tayyip Erdoğan, Vladimir Putin ile telefonda konuştu.", []string{"MEETS Recep Tayyip Erdoğan|Vladimir Putin"}},
		{"Recep Tayyip Erdoğan, Vladimir Putin ile görüşmedi.", nil},
		{"Recep Tayyip Erdoğan, Vladimir Putin ile konuşmayacak.", nil},
		{"Özgür Özel ve Ekrem İmamoğlu mitingde halka konuştu.", nil},
		{"Recep Tayyip Erdoğan, Vladimir Putin ile yapılan anlaşmanın ardından mitingde konuştu.", nil},
		{"Meral Akşener, Kemal Kılıçdaroğlu ile birlikte zirveye katıldı.", nil},
		{"Meral Akşener ile Ahmet Davutoğlu arasındaki buluşma iptal edildi.", nil},
		{"Emmanuel Macron, Olaf Scholz'un Berlin'deki konferansına katılıyor.", nil},
		{"“Ekonomi çöküyor” diyen muhalefete Mehmet Şimşek yanıt verdi.", nil},
		{"“Ekonomi büyüyor” diyen Bakan Mehmet Şimşek, yeni paketi açıkladı.", []string{"SAYS Mehmet Şimşek|", "ROLE Mehmet Şimşek|"}},
	} {
		doc, err := x.Extract(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range doc.Relations {
			obj := ""
			if r.Object >= 0 {
				obj = doc.Entities[r.Object].Text
			}
			got = append(got, fmt.Sprintf("%s %s|%s", r.Type, doc.Entities[r.Subject].Text, obj))
		}
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: %q, want %q", tt.text, got, want)
		}
	}
}
