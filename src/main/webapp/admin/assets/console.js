/*
 * The operators' console: a page registry, navigation built from it, and JSON calls to /admin/api that carry
 * the session's CSRF token. A page is an object {id, title, order, refresh, render(container, tools)} passed
 * to SpConsole.page(); the console renders the page into a fresh container and, unless refresh is false,
 * renders it again every few seconds.
 */
const SpConsole = (() => {
    const pages = [];
    const REFRESH_MS = 5000;
    let session = null;
    let refresher = null;

    /** Builds an element; children are nodes or text, never parsed HTML. */
    function h(tag, attributes, ...children) {
        const element = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => {
            if (value === null || value === undefined || value === false) return;
            if (name.startsWith('on')) element.addEventListener(name.substring(2), value);
            else element.setAttribute(name, value === true ? '' : value);
        });
        children.flat().forEach(child => {
            if (child === null || child === undefined) return;
            element.append(child instanceof Node ? child : document.createTextNode(String(child)));
        });
        return element;
    }

    async function api(path, options = {}) {
        const method = options.method || 'GET';
        const headers = {'Accept': 'application/json'};
        if (method !== 'GET') headers[session.csrf_header] = session.csrf_token;
        if (options.body !== undefined) headers['Content-Type'] = 'application/json';
        const response = await fetch('api/' + path, {
            method, headers, credentials: 'same-origin',
            body: options.body === undefined ? undefined : JSON.stringify(options.body)
        });
        // the session ended (its ID token expired): the page itself signs in again through the provider
        if (response.status === 401) location.replace(location.pathname + location.hash);
        const text = await response.text();
        const body = text ? JSON.parse(text) : null;
        if (!response.ok) throw new Error((body && body.error) || ('HTTP ' + response.status));
        return body;
    }

    function toast(message, bad) {
        const element = document.getElementById('toast');
        element.textContent = message;
        element.className = bad ? 'bad' : '';
        element.hidden = false;
        clearTimeout(toast.timer);
        toast.timer = setTimeout(() => { element.hidden = true; }, 4000);
    }

    function when(instant) {
        return instant ? new Date(instant).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '–';
    }

    function duration(seconds) {
        if (seconds < 60) return seconds + ' s';
        if (seconds < 3600) return Math.floor(seconds / 60) + ' min ' + (seconds % 60) + ' s';
        return Math.floor(seconds / 3600) + ' h ' + Math.floor((seconds % 3600) / 60) + ' min';
    }

    function bytes(count) {
        const units = ['B', 'KiB', 'MiB', 'GiB'];
        let value = count, unit = 0;
        while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
        return (unit === 0 ? value : value.toFixed(1)) + ' ' + units[unit];
    }

    /** A table with a header row; rows come from rowOf(item), or one "empty" line. */
    function table(id, headings, items, rowOf, emptyText) {
        const head = h('tr', {}, headings.map(heading => typeof heading === 'string'
            ? h('th', {}, heading) : h('th', {class: heading.class}, heading.text)));
        const body = items.length ? items.map(rowOf)
            : [h('tr', {}, h('td', {class: 'empty', colspan: headings.length}, emptyText))];
        return h('div', {class: 'table-wrap'}, h('table', {id}, h('thead', {}, head), h('tbody', {}, body)));
    }

    function card(label, value, id) {
        return h('div', {class: 'card'}, h('div', {class: 'label'}, label), h('div', {class: 'value', id}, value));
    }

    function page(definition) {
        pages.push(definition);
        pages.sort((a, b) => (a.order || 100) - (b.order || 100));
    }

    function navigate() {
        const id = location.hash.substring(1) || (pages[0] && pages[0].id);
        const current = pages.find(p => p.id === id) || pages[0];
        document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', a.dataset.page === current.id));
        clearInterval(refresher);
        const container = document.getElementById('page');
        container.replaceChildren();
        container.dataset.page = current.id;
        const show = async () => {
            try {
                const fresh = h('div', {});
                await current.render(fresh, tools);
                if (container.dataset.page === current.id) container.replaceChildren(...fresh.childNodes);
            } catch (e) {
                toast(current.title + ': ' + e.message, true);
            }
        };
        show();
        if (current.refresh !== false) refresher = setInterval(show, REFRESH_MS);
        tools.reload = show;
    }

    async function start() {
        const response = await fetch('api/session', {credentials: 'same-origin'});
        session = await response.json();
        document.getElementById('user').textContent = session.user || '';
        document.getElementById('logout-csrf').value = session.csrf_token;
        document.getElementById('nav').replaceChildren(...pages.map(p =>
            h('a', {href: '#' + p.id, 'data-page': p.id, id: 'nav-' + p.id}, p.title)));
        window.addEventListener('hashchange', navigate);
        navigate();
    }

    const tools = {h, api, toast, when, duration, bytes, table, card, reload: () => {}};
    return Object.assign({page, start}, tools);
})();
