SpConsole.page({
    id: 'rotation', title: 'Rotation alerts', order: 50,
    async render(container, c) {
        const rotation = await c.api('rotation');
        const states = rotation.stores_by_state;
        container.append(
            c.h('h1', {}, 'Rotation alerts'),
            c.h('p', {class: 'lead'}, 'LWA client secrets live 180 days. Stores: '
                + states.OK + ' OK, ' + states.EXPIRING + ' expiring, ' + states.EXPIRED + ' expired.'),
            c.table('rotation-table',
                ['Recorded', 'Store', 'State', {text: 'Threshold', class: 'num'}, {text: 'Days left', class: 'num'},
                    'Expires', 'Reason', 'Delivered'],
                rotation.alerts,
                a => c.h('tr', {},
                    c.h('td', {}, c.when(a.sent_at)),
                    c.h('td', {}, a.store),
                    c.h('td', {}, c.h('span', {class: 'badge ' + a.state}, a.state)),
                    c.h('td', {class: 'num'}, a.threshold_days === 0 ? 'expired' : a.threshold_days + ' d'),
                    c.h('td', {class: 'num'}, String(a.days_left)),
                    c.h('td', {}, c.when(a.expires_at)),
                    c.h('td', {}, a.reason || ''),
                    c.h('td', {}, a.deliveries.flatMap(d => [c.h('span', {
                        class: 'badge ' + (d.state === 'DELIVERED' ? 'OK' : 'EXPIRING'),
                        title: d.state === 'DELIVERED' ? 'delivered' : 'pending after ' + d.attempts
                            + ' attempt(s)' + (d.last_error ? ': ' + d.last_error : '')
                    }, d.channel), ' ']))),
                'No alert yet.'));
    }
});
