package en

// HeadsCapitalized reports that English writes the head noun of an
// organization's name capitalized (lang.CapitalizedHeads): "Southern
// University", while in "Southern University police" the police are the
// university's.
func (English) HeadsCapitalized() bool { return true }
