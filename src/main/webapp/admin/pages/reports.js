SpConsole.page({
    id: 'reports', title: 'Pending reports', order: 20,
    async render(container, c) {
        const reports = await c.api('reports');
        container.append(
            c.h('h1', {}, 'Pending reports'),
            c.h('p', {class: 'lead'}, 'Reports Amazon is still preparing; product calls answer "not ready yet" meanwhile.'),
            c.table('reports-table',
                ['Report request', 'Store', 'Type', 'Status', 'Requested', {text: 'Elapsed', class: 'num'}],
                reports,
                r => c.h('tr', {'data-report': r.report_request_id},
                    c.h('td', {class: 'mono'}, r.report_request_id),
                    c.h('td', {}, r.store),
                    c.h('td', {class: 'mono'}, r.report_type),
                    c.h('td', {}, c.h('span', {class: 'badge ' + r.status}, r.status)),
                    c.h('td', {}, c.when(r.requested_at)),
                    c.h('td', {class: 'num'}, c.duration(r.elapsed_seconds))),
                'No report in flight.'));
    }
});
