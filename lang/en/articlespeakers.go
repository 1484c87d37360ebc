package en

import "github.com/varlik/varlik/lang"

var _ lang.ArticleSpeakers = English{}

// OrganizationSpeaks reports whether a name between before and after is an
// organization's (lang.ArticleSpeakers): before is "the" and after a verb
// of saying (lang.Speakers) or of a publication's reporting: "the
// Pentagon said", "the Advocate reports". English writes no article
// before a person's name.
func (English) OrganizationSpeaks(before, after string) bool {
	return before == "the" && (sayingVerbs[after] || after == "reported" || after == "reports")
}
