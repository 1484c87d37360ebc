package recognize

import (
	"strings"
	"testing"

	"github.com/varlik/varlik/annotation"
	"github.com/varlik/varlik/gazetteer"
	"github.com/varlik/varlik/lang"
	"github.com/varlik/varlik/lang/en"
)

// TestTeamsInResultRows checks the names of results and league-table rows
// (sentences written for the test).
func TestTeamsInResultRows(t *testing.T) {
	tests := []struct {
		marked string // the sentence, its mentions marked as markedDoc reads them
		want   string // mentionsOf after the rule
		names  string // the names made or added as teams
	}{
		{"P=[Barnsley] 3 L=[Bradford] 1", "ORG Barnsley|ORG Bradford", "Barnsley Bradford"},
		{"Hartley Town 2 ( P=[Smith] 34 , P=[Jones] 70 ) Elmford 0", "ORG Hartley Town|PER Smith|PER Jones|ORG Elmford", "Hartley Town Elmford"},
		{"Castleton 10 6 2 2 18 9 20", "ORG Castleton", "Castleton"},
		{"Hartley Town 2 Elmford 0 . Attendance : 21,000", "ORG Hartley Town|ORG Elmford", "Hartley Town Elmford"}, // the row ends at the full stop
		{"Attendance : 21,000 . Hartley Town 2 Elmford 0", "", ""},
		{"O=[Queens Park Rangers 1] ( P=[Dichio] 20 ) Ipswich 1", "ORG Queens Park Rangers|PER Dichio|ORG Ipswich", "Ipswich"}, // the score cut off
		{"Hapoel L=[Dunmore] 3 Sporting L=[Carlton] 1", "ORG Hapoel Dunmore|ORG Sporting Carlton", "Hapoel Dunmore Sporting Carlton"},
		{"Real L=[Italy]@Q38 3 Sporting L=[Carlton] 1", "LOC Italy|ORG Sporting Carlton", "Sporting Carlton"}, // a country keeps its type
		{"1 . Brighton and Hove Albion 12 8 3 1 25", "ORG Brighton and Hove Albion", "Brighton and Hove Albion"},
		{"L=[BOSTON] 74 64 .536 -", "ORG BOSTON", "BOSTON"},
		{"BOSTON 74 64 .536 -", "ORG BOSTON", "BOSTON"}, // won, lost and their percentage
		{"BOSTON 74 64 .612 -", "", ""},                                                    // a percentage that is not theirs: no name added
		{"L=[Italy]@Q38 2 L=[Germany]@Q183 1", "LOC Italy|LOC Germany", ""},                // national teams stay places
		{"P=[Tiger Woods] 68 70 71", "PER Tiger Woods", ""},                                // a golfer's full name
		{"P=[Mendoza] 3 P=[Ortiz]@Q1 1", "ORG Mendoza|PER Ortiz", "Mendoza"},               // a person the gazetteer knows
		{"Gold 385.50 386.10", "", ""},                                                     // a price line
		{"O=[Boeing] 747", "ORG Boeing", ""},                                               // one name and one number
		{"L=[Delta] sold 3 planes to L=[Carlton] 4 days ago", "LOC Delta|LOC Carlton", ""}, // a sentence with lower-case words
		{"Standings : L=[Castleton] 10 6 2 2", "LOC Castleton", ""},                        // a name without its number
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, names := teamsInResultRows(doc, ents, l, g, []bool{true})
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
		if n := strings.Join(names, " "); n != tc.names {
			t.Errorf("%s: names %q, want %q", tc.marked, n, tc.names)
		}
	}
}

// TestResultRowsNeedSports checks that a document with no sentence about
// sports has no result rows (sentences written for the test).
func TestResultRowsNeedSports(t *testing.T) {
	tests := []struct {
		marked string
		sports bool // whether the document has a sentence about sports
		want   string
	}{
		{"L=[Athens] 31 , L=[Rome] 29 , L=[Madrid] 33 .", false, "LOC Athens|LOC Rome|LOC Madrid"}, // a weather table
		{"P=[Trump] 312 P=[Harris] 226", false, "PER Trump|PER Harris"},                            // election results
		{"Route 66 , Highway 1 .", false, ""},
		{"L=[Dunmore] 3 P=[Carlton] 1", true, "ORG Dunmore|ORG Carlton"},
		// Rows that show by themselves that they are sports count anyway.
		{"L=[Castleton] 10 6 2 2 18 9 20", false, "ORG Castleton"},              // played = won + drawn + lost
		{"Castleton 10 6 2 2 18 9 20", false, "ORG Castleton"},                  // no mention: the run is added
		{"L=[Castleton] 10 6 3 2 18 9 20", false, "LOC Castleton"},              // 10 is not 6 + 3 + 2
		{"L=[Athens] 31 29 24 22 25", false, "LOC Athens"},                      // temperatures
		{"L=[Castleton] 10 6 2 2", false, "LOC Castleton"},                      // too few numbers to tell
		{"L=[CHICAGO] 80 58 .580 3", false, "ORG CHICAGO"},                      // won, lost, percentage
		{"L=[CHICAGO] 80 58 .612 3", false, "LOC CHICAGO"},                      // not their percentage
		{"L=[Dunmore] 2 O=[Carlton] 1", false, "ORG Dunmore|ORG Carlton"},       // the other side is a club
		{"L=[Livingston] 2 L=[Dunmore] 1", false, "ORG Livingston|ORG Dunmore"}, // the gazetteer's Livingston FC
		{"L=[Dunmore] 2 P=[Carlton] 1", false, "LOC Dunmore|PER Carlton"},       // nothing says sports
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got, _ := teamsInResultRows(doc, ents, l, g, []bool{tc.sports})
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}

// TestTeamsBesideMatchVerbs checks which places the words beside them make
// a side of a match (sentences written for the test).
func TestTeamsBesideMatchVerbs(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"L=[Dunmore] beat Arsenal 2-1 on Saturday .", "ORG Dunmore"},
		{"Arsenal drew with L=[Dunmore] in the league .", "ORG Dunmore"},
		{"Arsenal lost 1-0 to L=[Dunmore] in the cup .", "ORG Dunmore"},
		{"The striker 's goal gave them a 3-1 win over L=[Dunmore] .", "ORG Dunmore"},
		{"SOCCER - L=[DUNMORE] BEAT ARSENAL .", "ORG DUNMORE"},
		{"The league fixture L=[Dunmore] v Carlton was postponed .", "ORG Dunmore"},
		{"The striker cut in from the edge of the L=[Dunmore] box .", "ORG Dunmore"}, // a part of the pitch a side has
		{"The striker grew up near the L=[Dunmore] stadium .", "LOC Dunmore"},
		{"Dunmore won 2-0 in L=[Carlton] on Sunday .", "LOC Carlton"},                // the match's place
		{"The striker left L=[Dunmore] for a bigger club .", "LOC Dunmore"},          // no side word
		{"L=[Italy]@Q38 beat Chile 2-1 in the World Cup .", "LOC Italy"},             // a national team
		{"P=[Sampras] beat Agassi 6-3 6-4 .", "PER Sampras"},                         // a player
		{"P=[Sampras] beat P=[Agassi] 6-3 6-4 .", "PER Sampras|PER Agassi"},          // two players
		{"CRICKET - O=[ESSEX] BEAT P=[KENT] BY SIX WICKETS .", "ORG ESSEX|ORG KENT"}, // a surname facing a team
		{"P=[Bertoni] drew with O=[Fiorentina] 1-1 .", "ORG Bertoni|ORG Fiorentina"},
		{"P=[Bertoni]@Q1 drew with O=[Fiorentina] 1-1 .", "PER Bertoni|ORG Fiorentina"},       // a person the gazetteer knows
		{"L=[Texas]@Q1439 beat Baltimore 5-3 .", "ORG Texas"},                                 // a state's franchise
		{"L=[Scotland]@Q22 beat Wales 2-1 .", "LOC Scotland"},                                 // a home nation's side
		{"Promoted P=[Bertoni] stunned O=[Rangers] on Saturday .", "ORG Bertoni|ORG Rangers"}, // a club the gazetteer knows
		{"P=[Bertoni] faces O=[Chelsea] in Europe on Thursday .", "ORG Bertoni|ORG Chelsea"},
		{"P=[Bertoni] faces O=[Norvex Holdings] in court on Thursday .", "PER Bertoni|ORG Norvex Holdings"}, // no club, no sports word
		{"Protesters marched against L=[Dunmore] 's council .", "LOC Dunmore"},                              // no sports word
		// The other side after the verb must be a name, a number or a score.
		{"L=[Dunmore] lost to the Rockies in the league on Friday .", "ORG Dunmore"},
		{"L=[Dunmore] faces a humanitarian catastrophe , the league 's chief said .", "LOC Dunmore"},
		{"Rugby fans in L=[Cardiff] beat the odds .", "LOC Cardiff"},
		{"L=[Bavaria]@Q980 beat its own goal of cutting emissions .", "LOC Bavaria"},
		// After an article, a competition is no side: a city hosts its final.
		{"L=[Dunmore] hosted the Champions League final in 2015 .", "LOC Dunmore"},
		{"L=[Dunmore] hosted the 2022 World Cup final in December .", "LOC Dunmore"},
		{"L=[Dunmore] host the Rockies in the league on Friday .", "ORG Dunmore"},
		// A goal and a penalty are no part of the pitch; a box office is not a box.
		{"A L=[Dunmore] penalty of up to 10,000 pounds applies .", "LOC Dunmore"},
		{"The L=[Dunmore] box office had its best league season .", "LOC Dunmore"},
		// A region is a team only beside a score.
		{"L=[Texas]@Q1439 faces L=[California]@Q99 in a legal fight over the death penalty .", "LOC Texas|LOC California"},
		{"L=[Texas]@Q1439 beat L=[California]@Q99 on job growth , the goal set by their governors .", "LOC Texas|LOC California"},
		{"L=[Texas]@Q1439 beat L=[Oklahoma]@Q1649 45-20 .", "ORG Texas|ORG Oklahoma"},
		{"L=[Queensland]@Q36074 beat L=[New South Wales]@Q3224 24-10 .", "ORG Queensland|ORG New South Wales"},
		// So is a second-level region (a county).
		{"L=[Essex]@Q21272241 beat L=[Lancashire]@Q21279371 on recycling , the goal set by their councils .", "LOC Essex|LOC Lancashire"},
		{"L=[Essex]@Q21272241 beat L=[Lancashire]@Q21279371 3-1 .", "ORG Essex|ORG Lancashire"},
		// A surname before a possessive or "to" is no side.
		{"O=[Stoke] beat P=[Kenyon] 's side 2-0 .", "ORG Stoke|PER Kenyon"},
		{"O=[United] beat P=[Mourinho] to the signing of the striker .", "ORG United|PER Mourinho"},
	}
	g := gazetteer.Default()
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Location)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		teamsBesideMatchVerbs(doc, ents, l, g, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if m := mentionsOf(t, doc, ents); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}

// TestSplitAtMatchVerbs checks the mentions cut at a match verb inside them
// (sentences written for the test).
func TestSplitAtMatchVerbs(t *testing.T) {
	tests := []struct {
		marked string
		want   string
	}{
		{"O=[Dunmore battles Carlton] in the league on Sunday .", "ORG Dunmore|ORG Carlton"},
		{"O=[Dunmore faces Carlton Rovers] in the cup final .", "ORG Dunmore|ORG Carlton Rovers"},
		{"CRICKET - L=[DUNMORE V CARLTON] SCOREBOARD .", "LOC DUNMORE|LOC CARLTON"},    // a headline's capitals
		{"O=[Dunmore Battles Carlton] in the league .", "ORG Dunmore Battles Carlton"}, // a title-case word may be a name's
		{"O=[Dunmore battles Carlton] on Sunday .", "ORG Dunmore battles Carlton"},     // no sports word
		{"O=[Friends of the Earth] won the league vote .", "ORG Friends of the Earth"}, // no match verb inside
		{"O=[Dunmore beat the Rovers] in the league .", "ORG Dunmore beat the Rovers"}, // the word after the verb is no name
	}
	l := en.English{}
	for _, tc := range tests {
		doc, ents := markedDoc(t, l, tc.marked, annotation.Organization)
		doc.Sentences = []lang.Sentence{{Start: 0, End: len(doc.Text), First: 0, Last: len(doc.Tokens)}}
		got := splitAtMatchVerbs(doc, ents, l, sportsSentences(doc, l, wordCuesOf(doc.Tokens, l), nil))
		if m := mentionsOf(t, doc, got); m != tc.want {
			t.Errorf("%s: %q, want %q", tc.marked, m, tc.want)
		}
	}
}
