package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/noticeproject/notice/internal/gitrepo"
	"github.com/noticeproject/notice/internal/notice"
)

// ImportResult counts what Import did.
type ImportResult struct {
	Files    int // dated files read
	Imported int // revisions recorded
	Skipped  int // files identical to the revision before them
	First    time.Time
	Last     time.Time
}

// datedName matches YYYY-MM-DD.md and YYYY-MM-DDTHHMMSSZ.md, optionally
// with a -N suffix for a second file of the same date. It is compiled on
// first use so that commands other than import do not pay for it at start-up.
var datedName = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(T\d{6}Z)?(?:-(\d+))?\.md$`)
})

type datedFile struct {
	name string
	at   time.Time
	seq  int
}

// Import backfills notice name from folder, whose files are named
// YYYY-MM-DDTHHMMSSZ.md (UTC) or YYYY-MM-DD.md (the start of that day in the
// repository's time zone), with an optional -N suffix. Each file becomes a
// revision posted and effective at its date, in date order; a file
// identical to the revision before it is skipped. Files not ending in .md
// are ignored. The history is written in one step: on any error nothing is
// recorded. Import only adds revisions after the notice's latest one.
func (s *Service) Import(name, folder, author string) (ImportResult, error) {
	var res ImportResult
	if err := notice.ValidateName(name); err != nil {
		return res, err
	}
	loc, err := s.Repo.Config().Location()
	if err != nil {
		return res, err
	}
	files, err := datedFiles(folder, loc)
	if err != nil {
		return res, err
	}
	res.Files = len(files)
	hist, err := s.Repo.History(name)
	if err != nil && !errors.Is(err, notice.ErrNoticeNotFound) {
		return res, err
	}
	if len(hist) > 0 {
		last := hist[len(hist)-1]
		if !files[0].at.After(last.Posted) {
			return res, fmt.Errorf("%w: %s already has revisions up to %s, and %s is not later; import only adds newer revisions (import into a new notice name instead)",
				notice.ErrInvalidInput, name, stamp(last.Posted, loc), files[0].name)
		}
	}
	var prev []byte
	if len(hist) > 0 {
		if prev, err = s.Repo.Content(name, hist[len(hist)-1].ID); err != nil {
			return res, err
		}
	}
	entries := make([]gitrepo.Entry, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(folder, f.name))
		if err != nil {
			return res, fmt.Errorf("%w: %v", notice.ErrInvalidInput, err)
		}
		if err := CheckText(b); err != nil {
			return res, fmt.Errorf("file %s: %w", filepath.Join(folder, f.name), err)
		}
		rev := notice.Revision{Notice: name, Posted: f.at, Effective: f.at, Material: true,
			Imported: true, Summary: "import " + f.name, Author: author}
		if s.ClassifyImports && s.Classify != nil && prev != nil && string(prev) != string(b) {
			c, err := s.Classify(prev, b)
			if err != nil {
				return res, fmt.Errorf("classify %s: %w", f.name, err)
			}
			rev.Material, rev.Categories, rev.Impact = c.Material, c.Categories, c.Impact
		}
		entries = append(entries, gitrepo.Entry{Rev: rev, Content: b})
		prev = b
	}
	out, err := s.Repo.CommitAll(entries)
	if err != nil {
		return res, err
	}
	for _, rev := range out {
		if rev.ID == "" {
			res.Skipped++
			continue
		}
		res.Imported++
	}
	res.First, res.Last = files[0].at, files[len(files)-1].at
	return res, nil
}

// parseDatedName reads the date and sequence number of a dated file name.
func parseDatedName(name string, loc *time.Location) (datedFile, error) {
	m := datedName().FindStringSubmatch(name)
	if m == nil {
		return datedFile{}, errors.New("is not named by its date; name each revision YYYY-MM-DD.md or YYYY-MM-DDTHHMMSSZ.md")
	}
	var at time.Time
	var err error
	if m[2] == "" {
		at, err = time.ParseInLocation("2006-01-02", m[1], loc)
	} else {
		at, err = time.Parse("2006-01-02T150405Z", m[1]+m[2])
	}
	if err != nil {
		return datedFile{}, errors.New("names an impossible date")
	}
	seq := 1
	if m[3] != "" {
		if seq, err = strconv.Atoi(m[3]); err != nil {
			return datedFile{}, errors.New("has a suffix too large")
		}
	}
	return datedFile{name: name, at: at.UTC(), seq: seq}, nil
}

// datedFiles lists folder's dated files in date order.
func datedFiles(folder string, loc *time.Location) ([]datedFile, error) {
	ents, err := os.ReadDir(folder)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w: folder %s does not exist; give a folder of dated files (YYYY-MM-DD.md)", notice.ErrInvalidInput, folder)
		}
		return nil, fmt.Errorf("%w: folder %s: %v", notice.ErrInvalidInput, folder, err)
	}
	var files []datedFile
	for _, e := range ents {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		f, err := parseDatedName(e.Name(), loc)
		if err != nil {
			return nil, fmt.Errorf("%w: %s in %s %v", notice.ErrInvalidInput, e.Name(), folder, err)
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%w: folder %s has no dated revisions; name each YYYY-MM-DD.md or YYYY-MM-DDTHHMMSSZ.md", notice.ErrInvalidInput, folder)
	}
	sort.Slice(files, func(i, j int) bool {
		if !files[i].at.Equal(files[j].at) {
			return files[i].at.Before(files[j].at)
		}
		return files[i].seq < files[j].seq
	})
	return files, nil
}
