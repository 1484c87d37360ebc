package gazetteer

// The default gazetteer is generated from the open data in ../shared/data/gazetteer
// (beside the repository checkout); pass another directory to -data if it lives elsewhere.
//go:generate go run ./internal/gen -data ../../shared/data/gazetteer -o data/default.tsv
//
// The packed index of the result (data/default.idx, see packed.go) is then
// rebuilt from it:
//go:generate go test -run TestDefaultIndexCurrent -update-index .
