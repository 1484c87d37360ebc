package tr

// months are the folded names of the months (lang.WorkAsides).
var months = map[string]bool{
	"ocak": true, "şubat": true, "mart": true, "nisan": true, "mayıs": true, "haziran": true,
	"temmuz": true, "ağustos": true, "eylül": true, "ekim": true, "kasım": true, "aralık": true,
}

// recordingKinds say, alone in brackets after a title, what kind of
// recording it is (lang.WorkAsides): an instrumental, a remix, an
// acoustic version, a cover.
var recordingKinds = map[string]bool{
	"enstrümantal": true, "enstrumantal": true, "remix": true, "akustik": true, "cover": true,
}

// Month reports whether norm, a folded word, names a month.
func (Turkish) Month(norm string) bool { return months[norm] }

// RecordingKind reports whether norm, a folded word, is one of
// recordingKinds.
func (Turkish) RecordingKind(norm string) bool { return recordingKinds[norm] }
