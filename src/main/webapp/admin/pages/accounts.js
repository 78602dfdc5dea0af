SpConsole.page({
    id: 'accounts', title: 'API accounts', order: 40, refresh: false,
    async render(container, c) {
        const accounts = await c.api('accounts');
        const showKey = created => {
            document.getElementById('new-key').replaceChildren(c.h('div', {class: 'secret'},
                c.h('strong', {}, 'New API key for ' + created.account_name + ' — shown only this once: '),
                c.h('code', {id: 'new-api-key'}, created.api_key)));
        };
        const act = async (path, body) => {
            const created = await c.api(path, {method: 'POST', body});
            await c.reload();
            if (created.api_key) showKey(created);
        };
        const name = c.h('input', {type: 'text', id: 'account-name', placeholder: 'Account name', maxlength: 200});
        container.append(
            c.h('h1', {}, 'API accounts'),
            c.h('p', {class: 'lead'}, 'Clients of the API and their keys. Keys are stored as hashes; a new key is shown once.'),
            c.h('form', {class: 'toolbar', onsubmit: event => {
                event.preventDefault();
                if (name.value.trim()) act('accounts', {name: name.value.trim()}).catch(e => c.toast(e.message, true));
            }}, name, c.h('button', {type: 'submit', id: 'create-account'}, 'Create account')),
            c.h('div', {id: 'new-key'}),
            c.table('accounts-table', ['Account', 'Created', {text: 'Stores', class: 'num'}, 'Keys', ''],
                accounts,
                a => c.h('tr', {'data-account-id': a.id},
                    c.h('td', {}, a.name),
                    c.h('td', {}, c.when(a.created_at)),
                    c.h('td', {class: 'num'}, a.stores),
                    c.h('td', {}, a.keys.map(k => c.h('div', {'data-key-id': k.id},
                        c.h('code', {}, '…' + k.hint), ' ',
                        c.h('span', {class: 'badge ' + (k.disabled_at ? 'disabled' : 'enabled')},
                            k.disabled_at ? 'disabled' : 'enabled'), ' ',
                        k.disabled_at ? null : c.h('button', {class: 'small secondary', 'data-action': 'disable',
                            onclick: () => act('keys/' + encodeURIComponent(k.id) + '/disable')
                                .catch(e => c.toast(e.message, true))}, 'Disable')))),
                    c.h('td', {}, c.h('button', {class: 'small secondary', 'data-action': 'new-key',
                        onclick: () => act('accounts/' + encodeURIComponent(a.id) + '/keys')
                            .catch(e => c.toast(e.message, true))}, 'New key'))),
                'No accounts.'));
    }
});
