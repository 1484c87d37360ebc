package tr

import "testing"

func TestCompanyDeeds(t *testing.T) {
	tr := Turkish{}
	for w, want := range map[string]bool{"tarafından": true, "göre": false} {
		if got := tr.AgentWord(w); got != want {
			t.Errorf("AgentWord(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"yayımlanacak": true, "yayınlandı": true, "ankete": true, "yazılan": false, "araştırma": false} {
		if got := tr.CompanyDeed(w); got != want {
			t.Errorf("CompanyDeed(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"'yi": true, "'ı": true, "’ü": true, "'nin": false, "'e": false, "'yle": false} {
		if got := tr.AccusativeSuffix(w); got != want {
			t.Errorf("AccusativeSuffix(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{"kurdu": true, "kurduğu": true, "kurmuştu": true, "kuran": false, "kurul": false} {
		if got := tr.FoundingVerb(w); got != want {
			t.Errorf("FoundingVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestTradeWord(t *testing.T) {
	for w, want := range map[string]bool{"eczane": true, "indirimli": true, "yeni": false, "kendi": false} {
		if got := (Turkish{}).TradeWord(w); got != want {
			t.Errorf("TradeWord(%q) = %v, want %v", w, got, want)
		}
	}
}
