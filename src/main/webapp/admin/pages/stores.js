SpConsole.page({
    id: 'stores', title: 'Stores', order: 10,
    async render(container, c) {
        const stores = await c.api('stores');
        const recheck = async store => {
            const outcome = await c.api('stores/' + encodeURIComponent(store.id) + '/recheck', {method: 'POST'});
            c.toast(outcome.valid ? store.seller_id + ' verified' : store.seller_id + ': ' + outcome.message, !outcome.valid);
            c.reload();
        };
        container.append(
            c.h('h1', {}, 'Stores'),
            c.h('p', {class: 'lead'}, 'Every connected Amazon seller, with the state of its connection.'),
            c.table('stores-table',
                ['Seller', 'Account', 'Marketplaces', 'Region', 'Environment', 'Connection', 'Last verified',
                    'Client secret', {text: 'Days left', class: 'num'}, 'Last error', ''],
                stores,
                s => c.h('tr', {'data-store-id': s.id},
                    c.h('td', {}, c.h('span', {class: 'mono'}, s.seller_id), s.custom_label ? c.h('div', {}, s.custom_label) : null),
                    c.h('td', {}, s.account_name),
                    c.h('td', {class: 'mono'}, s.marketplace_ids.join(', ') || '–'),
                    c.h('td', {}, s.aws_region),
                    c.h('td', {}, s.environment),
                    c.h('td', {}, c.h('span', {class: 'badge ' + s.state}, s.state)),
                    c.h('td', {}, c.when(s.last_verified_at)),
                    c.h('td', {title: s.secret_reason || ''},
                        c.h('span', {class: 'badge ' + s.secret_state}, s.secret_state),
                        c.h('div', {}, 'expires ' + c.when(s.client_secret_expires_at))),
                    c.h('td', {class: 'num'}, String(s.days_left)),
                    c.h('td', {class: 'error-text'}, s.last_error || ''),
                    c.h('td', {}, c.h('button', {class: 'small secondary', 'data-action': 'recheck',
                        onclick: () => recheck(s).catch(e => c.toast(e.message, true))}, 'Re-check'))),
                'No stores yet.'));
    }
});
