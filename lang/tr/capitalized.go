package tr

// HeadsCapitalized reports that Turkish writes the head noun of an
// organization's name capitalized (lang.CapitalizedHeads): "Kızılay
// Derneği", while "BM kurumu" is the body BM.
func (Turkish) HeadsCapitalized() bool { return true }
