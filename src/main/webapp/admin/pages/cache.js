SpConsole.page({
    id: 'cache', title: 'Report cache', order: 30,
    async render(container, c) {
        const cache = await c.api('cache');
        const s = cache.statistics;
        const purge = async body => {
            const path = body ? 'cache/purge' : 'cache/purge-all';
            const outcome = await c.api(path, {method: 'POST', body});
            c.toast('Purged ' + outcome.purged + (outcome.purged === 1 ? ' entry' : ' entries'));
            c.reload();
        };
        container.append(
            c.h('h1', {}, 'Report cache'),
            c.h('p', {class: 'lead'}, 'Finished reports kept in this instance\'s memory, within its budget.'),
            c.h('div', {class: 'cards'},
                c.card('Entries', s.entries, 'cache-entries'),
                c.card('Size', c.bytes(s.bytes) + ' of ' + c.bytes(s.max_bytes)
                    + (s.reading_bytes + s.evicted_bytes > 0 ? ' (' + c.bytes(s.reading_bytes) + ' being read, '
                        + c.bytes(s.evicted_bytes) + ' evicted, still answering)' : ''), 'cache-size'),
                c.card('Hit rate', (s.hit_rate * 100).toFixed(1) + ' %', 'cache-hit-rate'),
                c.card('Hits / misses', s.hits + ' / ' + s.misses, 'cache-hits')),
            c.h('div', {class: 'toolbar'}, c.h('button', {class: 'danger', id: 'purge-all',
                disabled: cache.entries.length === 0,
                onclick: () => purge(null).catch(e => c.toast(e.message, true))}, 'Purge all')),
            c.table('cache-table',
                ['Store', 'Report request', {text: 'Size', class: 'num'}, {text: 'Hits', class: 'num'}, 'Cached',
                    {text: 'Time left', class: 'num'}, ''],
                cache.entries,
                e => c.h('tr', {'data-key': e.key},
                    c.h('td', {}, e.store),
                    c.h('td', {class: 'mono'}, e.report_request_id),
                    c.h('td', {class: 'num'}, c.bytes(e.bytes)),
                    c.h('td', {class: 'num'}, e.hits),
                    c.h('td', {}, c.when(e.created_at)),
                    c.h('td', {class: 'num'}, c.duration(e.seconds_left)),
                    c.h('td', {}, c.h('button', {class: 'small secondary', 'data-action': 'purge',
                        onclick: () => purge({key: e.key}).catch(err => c.toast(err.message, true))}, 'Purge'))),
                'The cache is empty.'));
    }
});
