package gitrepo

import (
	"bufio"
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/format/packfile"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// The read path of a dated look-up touches a handful of objects. go-git
// decodes a pack's whole index and builds a reverse index of it before
// reading the first packed object, which costs more than the look-up itself
// in a large cloned or git-gc'ed repository. So objects are read here
// directly: loose files, or one binary search in each pack's .idx and the
// delta chain in the .pack. Every object read this way is checked against
// its hash; on any surprise the read falls back to go-git.

// maxDeltaDepth bounds a delta chain (git's default depth is 50).
const maxDeltaDepth = 1000

// maxCache bounds the bytes of pack objects a reader keeps as delta bases.
const maxCache = 64 << 20

// reader reads objects for one operation, keeping the pack files it opened
// and the objects it inflated (delta bases are shared by neighbours).
type reader struct {
	r      *Repo
	packs  []string // .idx paths
	files  map[string]*os.File
	heads  map[string][]byte // an .idx file's header and fan-out table
	cache  map[packKey]packed
	cached int
}

type packKey struct {
	pack string
	off  int64
}

type packed struct {
	t plumbing.ObjectType
	b []byte
}

// reader returns a reader; close it when done.
func (r *Repo) reader() *reader {
	packs, _ := filepath.Glob(filepath.Join(r.gitDir, "objects", "pack", "*.idx"))
	return &reader{r: r, packs: packs, files: map[string]*os.File{}, heads: map[string][]byte{}, cache: map[packKey]packed{}}
}

func (o *reader) close() {
	for _, f := range o.files {
		f.Close()
	}
}

func (o *reader) open(path string) (*os.File, error) {
	if f, ok := o.files[path]; ok {
		return f, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	o.files[path] = f
	return f, nil
}

// object returns the type and content of object h.
func (o *reader) object(h plumbing.Hash) (plumbing.ObjectType, []byte, error) {
	if t, b, err := o.fastObject(h); err == nil && plumbing.ComputeHash(t, b) == h {
		return t, b, nil
	}
	obj, err := o.r.st.EncodedObject(plumbing.AnyObject, h)
	if err != nil {
		return plumbing.InvalidObject, nil, fmt.Errorf("read object %s: %w", h, err)
	}
	rd, err := obj.Reader()
	if err != nil {
		return plumbing.InvalidObject, nil, fmt.Errorf("read object %s: %w", h, err)
	}
	defer rd.Close()
	b, err := io.ReadAll(rd)
	if err != nil {
		return plumbing.InvalidObject, nil, fmt.Errorf("read object %s: %w", h, err)
	}
	return obj.Type(), b, nil
}

func (o *reader) typed(h plumbing.Hash, want plumbing.ObjectType) (plumbing.EncodedObject, error) {
	t, b, err := o.object(h)
	if err != nil {
		return nil, err
	}
	if t != want {
		return nil, fmt.Errorf("object %s is a %s, not a %s", h, t, want)
	}
	obj := &plumbing.MemoryObject{}
	obj.SetType(t)
	obj.Write(b)
	return obj, nil
}

// commit reads commit h.
func (o *reader) commit(h plumbing.Hash) (*object.Commit, error) {
	obj, err := o.typed(h, plumbing.CommitObject)
	if err != nil {
		return nil, err
	}
	c := &object.Commit{}
	if err := c.Decode(obj); err != nil {
		return nil, fmt.Errorf("decode commit %s: %w", h, err)
	}
	c.Hash = h
	return c, nil
}

// tree reads tree h.
func (o *reader) tree(h plumbing.Hash) (*object.Tree, error) {
	obj, err := o.typed(h, plumbing.TreeObject)
	if err != nil {
		return nil, err
	}
	t := &object.Tree{}
	if err := t.Decode(obj); err != nil {
		return nil, fmt.Errorf("decode tree %s: %w", h, err)
	}
	t.Hash = h
	return t, nil
}

// blob reads blob h.
func (o *reader) blob(h plumbing.Hash) ([]byte, error) {
	t, b, err := o.object(h)
	if err != nil {
		return nil, err
	}
	if t != plumbing.BlobObject {
		return nil, fmt.Errorf("object %s is a %s, not a blob", h, t)
	}
	return b, nil
}

// lookup returns the blob at path p (slash-separated) in tree h, and
// os.ErrNotExist when there is none.
func (o *reader) lookup(h plumbing.Hash, p string) (plumbing.Hash, error) {
	for {
		t, err := o.tree(h)
		if err != nil {
			return plumbing.ZeroHash, err
		}
		name, rest, more := cut(p)
		var found *object.TreeEntry
		for i := range t.Entries {
			if t.Entries[i].Name == name {
				found = &t.Entries[i]
				break
			}
		}
		switch {
		case found == nil:
			return plumbing.ZeroHash, os.ErrNotExist
		case !more && found.Mode.IsFile():
			return found.Hash, nil
		case more && found.Mode == filemode.Dir:
			h, p = found.Hash, rest
		default:
			return plumbing.ZeroHash, os.ErrNotExist
		}
	}
}

func cut(p string) (string, string, bool) {
	if i := bytes.IndexByte([]byte(p), '/'); i >= 0 {
		return p[:i], p[i+1:], true
	}
	return p, "", false
}

var errNotHere = errors.New("object not found by the direct reader")

// fastObject reads h as a loose object or from a pack, without go-git.
func (o *reader) fastObject(h plumbing.Hash) (plumbing.ObjectType, []byte, error) {
	hex := h.String()
	if f, err := os.Open(filepath.Join(o.r.gitDir, "objects", hex[:2], hex[2:])); err == nil {
		defer f.Close()
		return readLoose(f)
	}
	for _, idx := range o.packs {
		off, err := o.idxFind(idx, h)
		if err != nil {
			continue
		}
		pack := idx[:len(idx)-len(".idx")] + ".pack"
		p, err := o.open(pack)
		if err != nil {
			continue
		}
		return o.packObject(pack, p, off, 0)
	}
	return plumbing.InvalidObject, nil, errNotHere
}

func readLoose(f io.Reader) (plumbing.ObjectType, []byte, error) {
	zr, err := zlib.NewReader(bufio.NewReader(f))
	if err != nil {
		return plumbing.InvalidObject, nil, err
	}
	defer zr.Close()
	b, err := io.ReadAll(zr)
	if err != nil {
		return plumbing.InvalidObject, nil, err
	}
	nul := bytes.IndexByte(b, 0)
	if nul < 0 {
		return plumbing.InvalidObject, nil, errors.New("bad loose object header")
	}
	typ, size, ok := bytes.Cut(b[:nul], []byte(" "))
	n, err := strconv.Atoi(string(size))
	if !ok || err != nil || n != len(b)-nul-1 {
		return plumbing.InvalidObject, nil, errors.New("bad loose object header")
	}
	t, err := plumbing.ParseObjectType(string(typ))
	if err != nil {
		return plumbing.InvalidObject, nil, err
	}
	return t, b[nul+1:], nil
}

// idxFind returns h's offset in the pack of the version-2 index file idx.
func (o *reader) idxFind(idx string, h plumbing.Hash) (int64, error) {
	f, err := o.open(idx)
	if err != nil {
		return 0, err
	}
	head, ok := o.heads[idx]
	if !ok {
		head = make([]byte, 8+256*4)
		if _, err := f.ReadAt(head, 0); err != nil {
			return 0, err
		}
		if !bytes.Equal(head[:8], []byte{0xff, 't', 'O', 'c', 0, 0, 0, 2}) {
			return 0, errors.New("not a version 2 pack index")
		}
		o.heads[idx] = head
	}
	fan := func(i int) uint32 { return binary.BigEndian.Uint32(head[8+4*i:]) }
	n := int64(fan(255))
	lo := int64(0)
	if h[0] > 0 {
		lo = int64(fan(int(h[0]) - 1))
	}
	hi := int64(fan(int(h[0])))
	if hi < lo || hi > n {
		return 0, errors.New("bad pack index")
	}
	names := make([]byte, (hi-lo)*20)
	if _, err := f.ReadAt(names, int64(len(head))+lo*20); err != nil {
		return 0, err
	}
	i := sort.Search(int(hi-lo), func(i int) bool { return bytes.Compare(names[i*20:i*20+20], h[:]) >= 0 })
	if i == int(hi-lo) || !bytes.Equal(names[i*20:i*20+20], h[:]) {
		return 0, errNotHere
	}
	pos := lo + int64(i)
	var b4 [4]byte
	offTable := int64(len(head)) + n*20 + n*4
	if _, err := f.ReadAt(b4[:], offTable+pos*4); err != nil {
		return 0, err
	}
	off := binary.BigEndian.Uint32(b4[:])
	if off&0x80000000 == 0 {
		return int64(off), nil
	}
	var b8 [8]byte
	if _, err := f.ReadAt(b8[:], offTable+n*4+int64(off&0x7fffffff)*8); err != nil {
		return 0, err
	}
	return int64(binary.BigEndian.Uint64(b8[:])), nil
}

// packObject reads the object at off in pack p, resolving deltas.
func (o *reader) packObject(pack string, p *os.File, off int64, depth int) (plumbing.ObjectType, []byte, error) {
	if depth > maxDeltaDepth {
		return plumbing.InvalidObject, nil, errors.New("delta chain too deep")
	}
	key := packKey{pack, off}
	if c, ok := o.cache[key]; ok {
		return c.t, c.b, nil
	}
	t, b, err := o.inflate(pack, p, off, depth)
	if err != nil {
		return t, b, err
	}
	if o.cached+len(b) > maxCache {
		o.cache, o.cached = map[packKey]packed{}, 0
	}
	o.cache[key] = packed{t, b}
	o.cached += len(b)
	return t, b, nil
}

func (o *reader) inflate(pack string, p *os.File, off int64, depth int) (plumbing.ObjectType, []byte, error) {
	br := bufio.NewReader(io.NewSectionReader(p, off, 1<<62))
	c, err := br.ReadByte()
	if err != nil {
		return plumbing.InvalidObject, nil, err
	}
	t := plumbing.ObjectType((c >> 4) & 7)
	size := uint64(c & 0x0f)
	for shift := 4; c&0x80 != 0; shift += 7 {
		if c, err = br.ReadByte(); err != nil {
			return plumbing.InvalidObject, nil, err
		}
		size |= uint64(c&0x7f) << shift
	}
	var baseType plumbing.ObjectType
	var base []byte
	switch t {
	case plumbing.CommitObject, plumbing.TreeObject, plumbing.BlobObject, plumbing.TagObject:
	case plumbing.OFSDeltaObject:
		c, err := br.ReadByte()
		if err != nil {
			return plumbing.InvalidObject, nil, err
		}
		neg := int64(c & 0x7f)
		for c&0x80 != 0 {
			if c, err = br.ReadByte(); err != nil {
				return plumbing.InvalidObject, nil, err
			}
			neg = (neg+1)<<7 | int64(c&0x7f)
		}
		if neg <= 0 || neg > off {
			return plumbing.InvalidObject, nil, errors.New("bad delta offset")
		}
		if baseType, base, err = o.packObject(pack, p, off-neg, depth+1); err != nil {
			return plumbing.InvalidObject, nil, err
		}
	case plumbing.REFDeltaObject:
		var ref plumbing.Hash
		if _, err := io.ReadFull(br, ref[:]); err != nil {
			return plumbing.InvalidObject, nil, err
		}
		if baseType, base, err = o.fastObject(ref); err != nil {
			return plumbing.InvalidObject, nil, err
		}
	default:
		return plumbing.InvalidObject, nil, fmt.Errorf("unknown pack object type %d", t)
	}
	zr, err := zlib.NewReader(br)
	if err != nil {
		return plumbing.InvalidObject, nil, err
	}
	defer zr.Close()
	data := make([]byte, 0, size)
	buf := bytes.NewBuffer(data)
	if _, err := io.Copy(buf, io.LimitReader(zr, int64(size)+1)); err != nil {
		return plumbing.InvalidObject, nil, err
	}
	if uint64(buf.Len()) != size {
		return plumbing.InvalidObject, nil, errors.New("pack object size mismatch")
	}
	if base == nil && (t == plumbing.OFSDeltaObject || t == plumbing.REFDeltaObject) {
		return plumbing.InvalidObject, nil, errors.New("delta without base")
	}
	if base != nil {
		out, err := packfile.PatchDelta(base, buf.Bytes())
		if err != nil {
			return plumbing.InvalidObject, nil, err
		}
		return baseType, out, nil
	}
	return t, buf.Bytes(), nil
}
