package recognize

import (
	"strings"
	"testing"
)

// TestSitesBeforeSaying checks which domain names become the sites'
// organizations.
func TestSitesBeforeSaying(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Heavy rain is expected, weather.com reported on Monday.", "weather.com"},
		{"Prices will rise, news.com.au said.", "news.com.au"},
		{"Download it from www.adobe.com today.", ""},          // an address, no verb of saying
		{"He read www.adobe.com reported figures.", ""},        // www. is an address
		{"Go to explorer.msn.com/intl.asp said the note.", ""}, // a path: an address
		{"The U.S. said it would act.", ""},                    // an abbreviation, no host name
		{"She visited weather.com and left.", ""},              // no verb of saying
		{"weather.com said.", "weather.com"},                   // the first token
		{"It fell. weather.com said. news.com.au reported. bbc.co.uk", "weather.com|news.com.au"},
		{"See e.g. a.b.weather.com said", ""}, // dots before and inside
		{"weather.com", ""},                   // the last token
		{"No dot here said", ""},
		{"", ""},
		{"İSTANBUL.COM said it", ""}, // a host in capitals is no domainName
		{"\xff.weather.com said", ""},
	}
	for _, tc := range tests {
		doc, ents, l := docHolding(t, "en", tc.text, "", "")
		got, _ := sitesBeforeSaying(doc, ents, l)
		if names := ruleOrganizations(t, doc, got); strings.Join(names, "|") != tc.want {
			t.Errorf("%q: added %q, want %q", tc.text, names, tc.want)
		}
	}
}

// TestDomainName checks which tokens read as bare host names.
func TestDomainName(t *testing.T) {
	tests := map[string]bool{
		"weather.com": true, "news.com.au": true, "bbc.co.uk": true, "my-site.org": true,
		"www.adobe.com": false, "U.S.": false, "a.m.": false, "e.g.": false, "x.com": false,
		"paulhastings.Com": false, "explorer.msn.com/intl.asp": false, "3.14": false, "": false,
		"ab..com": false, "site.c0m": false, "news.": false, "user@mail.com": false, "www": false,
	}
	for s, want := range tests {
		if got := domainName(s); got != want {
			t.Errorf("domainName(%q) = %v, want %v", s, got, want)
		}
	}
}
