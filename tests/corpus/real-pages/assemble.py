import os, re, shutil, sys
OUT = '/work/wt-real/tests/corpus/real-pages'
shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
R = '/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html'
N = '/usr/share/doc/nodejs/api'
MAXPAGE = 60_000
MAXASSET = 120_000
ATTR = re.compile(r'''((?:src|href|poster)\s*=\s*)(["'])([^"'#?]+)([^"']*)\2''', re.I)
CSSURL = re.compile(r'''url\(\s*(["']?)([^"')?#]+)([^"')]*)\1\s*\)''', re.I)

def trim(html):
    if len(html) <= MAXPAGE: return html
    cut = html.rfind('</p>', 0, MAXPAGE)
    return html[:cut + 4] + '\n</body>\n</html>\n'

def is_relative(u):
    return not re.match(r'^[a-z][a-z0-9+.-]*:|^//|^/', u, re.I)

def copy_asset(src, files_dir, rel_prefix):
    name = os.path.basename(src)
    dst = os.path.join(files_dir, name)
    if not os.path.exists(dst):
        os.makedirs(files_dir, exist_ok=True)
        if src.endswith('.css'):
            css = open(src, encoding='utf-8', errors='replace').read()
            def fix(m):
                u = m.group(2)
                if not is_relative(u): return m.group(0)
                s = os.path.normpath(os.path.join(os.path.dirname(src), u))
                if os.path.isfile(s) and os.path.getsize(s) <= MAXASSET and not s.endswith(('.woff', '.woff2', '.ttf', '.eot')):
                    copy_asset(s, files_dir, '')
                    return 'url(%s%s%s%s)' % (m.group(1), os.path.basename(s), m.group(3), m.group(1))
                return m.group(0)
            open(dst, 'w', encoding='utf-8').write(CSSURL.sub(fix, css))
        else:
            shutil.copyfile(src, dst)
    return rel_prefix + name

def add(src, name, saved=False, sub=None):
    html = open(src, encoding='utf-8', errors='replace').read()
    html = trim(html)
    folder = os.path.join(OUT, sub) if sub else OUT
    os.makedirs(folder, exist_ok=True)
    if saved:
        stem = os.path.splitext(name)[0]
        files_dir = os.path.join(folder, stem + '_files')
        def fix(m):
            u = m.group(3)
            if not is_relative(u) or u.endswith('.html'): return m.group(0)
            s = os.path.normpath(os.path.join(os.path.dirname(src), u))
            if os.path.isfile(s) and os.path.getsize(s) <= (MAXASSET if not s.endswith('.js') else 20_000):
                return m.group(1) + m.group(2) + copy_asset(s, files_dir, stem + '_files/') + m.group(4) + m.group(2)
            return m.group(0)
        html = ATTR.sub(fix, html)
    open(os.path.join(folder, name), 'w', encoding='utf-8').write(html)

# Saved sites: page + page_files/ (rendered with --resources local)
for page in ['readline', 'path']:
    add(f'{N}/{page}.html', f'nodejs-{page}.html', saved=True, sub='saved')
for page in ['ch03-02-data-types']:
    add(f'{R}/book/{page}.html', f'rust-book-{page}.html', saved=True, sub='saved')
add(f'{R}/std/option/index.html', 'rustdoc-std-option.html', saved=True, sub='saved')
add('/usr/share/doc/libxslt1-dev/html/index.html', 'libxslt-index.html', saved=True, sub='saved')
add('/usr/lib/google-cloud-sdk/platform/gsutil/third_party/httplib2/ref/module-httplib2.html', 'httplib2-module.html', saved=True, sub='saved')
add('/root/.pyenv/versions/3.12.1/lib/python3.12/idlelib/help.html', 'python-idle-help.html', saved=True, sub='saved')

# Pages as found: relative assets missing, external URLs (rendered with --resources placeholder)
singles = [
    (f'{N}/url.html', 'nodejs-url.html'),
    (f'{N}/dns.html', 'nodejs-dns.html'),
    (f'{N}/util.html', 'nodejs-util.html'),
    (f'{R}/nomicon/ownership.html', 'rust-nomicon-ownership.html'),
    (f'{R}/reference/expressions.html', 'rust-reference-expressions.html'),
    (f'{R}/cargo/commands/cargo-build.html', 'cargo-build.html'),
    (f'{R}/error_codes/E0382.html', 'rust-error-E0382.html'),
    (f'{R}/unstable-book/language-features/box-patterns.html', 'rust-unstable-box-patterns.html'),
    (f'{R}/std/index.html', 'rustdoc-std-index.html'),
    ('/usr/lib/node_modules/npm/docs/output/commands/npm-install.html', 'npm-install.html'),
    ('/usr/lib/node_modules/npm/docs/output/using-npm/scripts.html', 'npm-scripts.html'),
    ('/usr/lib/node_modules/npm/docs/output/configuring-npm/package-json.html', 'npm-package-json.html'),
    ('/usr/share/doc/libjs-underscore/index.html', 'underscore-index.html'),
    ('/usr/share/doc/libffi8/html/Introduction.html', 'libffi-introduction.html'),
    ('/usr/share/doc/libffi8/html/Closure-Example.html', 'libffi-closure-example.html'),
    (f'{N}/os.html', 'nodejs-os.html'),
    (f'{R}/book/ch08-01-vectors.html', 'rust-book-ch08-01-vectors.html'),
    ('/usr/share/doc/libxslt1-dev/html/tutorial/libxslttutorial.html', 'libxslt-tutorial.html'),
    ('/usr/share/doc/libxslt1-dev/html/EXSLT/index.html', 'exslt-index.html'),
    ('/usr/share/doc/libxslt1-dev/gtk-doc/html/libxslt/libxslt-xsltInternals.html', 'libxslt-gtkdoc-internals.html'),
    ('/usr/lib/google-cloud-sdk/platform/gsutil/third_party/httplib2/ref/http-objects.html', 'httplib2-http-objects.html'),
    ('/usr/lib/google-cloud-sdk/platform/gsutil/third_party/pyparsing/docs/_static/sql_railroad.html', 'pyparsing-sql-railroad.html'),
    ('/usr/share/doc/ninja-build/manual.html', 'ninja-manual.html'),
    ('/usr/share/doc/fontconfig/fontconfig-user.html', 'fontconfig-user.html'),
    ('/usr/share/doc/zlib1g-dev/examples/zlib_how.html', 'zlib-how.html'),
]
for src, name in singles:
    if os.path.exists(src): add(src, name)
    else: print('missing', src)
print(sum(len(f) for _, _, f in os.walk(OUT)))
for src, name in [('/usr/share/doc/bzip2/manual.html', 'bzip2-manual.html'),
                  ('/usr/lib/google-cloud-sdk/platform/google_appengine/google/appengine/tools/java/jetty94/jetty-home/notice.html', 'jetty-notice.html'),
                  (f'{R}/book/ch15-00-smart-pointers.html', 'rust-book-smart-pointers.html'),
                  (f'{R}/edition-guide/rust-2021/index.html', 'rust-edition-2021.html'),
                  ('/usr/lib/node_modules/npm/docs/output/commands/npm.html', 'npm.html')]:
    if os.path.exists(src): add(src, name)
    else: print('missing', src)
# Several bodies: what a careless concatenation of two real pages gives (as some crawled CMS output does).
def body_of(p):
    h = open(p, encoding='utf-8', errors='replace').read()
    return h
a = open('/usr/share/doc/libffi8/html/Memory-Usage.html', encoding='utf-8').read()
b = open('/usr/share/doc/libffi8/html/Missing-Features.html', encoding='utf-8').read()
open(os.path.join(OUT, 'libffi-two-bodies.html'), 'w').write(a + b)
a = open('/usr/lib/node_modules/npm/docs/output/using-npm/scope.html', encoding='utf-8').read()
b = re.sub(r'(?s).*?(<body)', r'\1', open('/usr/lib/node_modules/npm/docs/output/using-npm/orgs.html', encoding='utf-8').read(), count=1)
open(os.path.join(OUT, 'npm-scope-orgs-two-bodies.html'), 'w').write(trim(a.replace('</body>', b + '</body>', 1)))
total = 0
for d, _, fs in os.walk(OUT):
    for f in fs: total += os.path.getsize(os.path.join(d, f))
print('bytes', total)
