// Progressive enhancement of the explorer's server-rendered pages; without it every page works the same (no data is fetched).
// 1. The tooltip of a map shape or a bar (its SVG <title>) shows at once, under the pointer or beside the keyboard focus.
// 2. Changing a picker with the mouse redraws the view (the form is submitted). From the keyboard it does not (arrow keys
//    would reload the page at every option: a change of context on input); the "Afficher" button does.
(() => {
    'use strict';
    const tip = document.createElement('div');
    tip.className = 'infobulle';
    tip.setAttribute('role', 'status');
    tip.hidden = true;
    document.body.appendChild(tip);

    const textOf = (target) => {
        const shape = target.closest('svg a, svg g.barre, svg g.point');
        if (!shape) return null;
        const title = shape.querySelector('title');
        return title ? title.textContent : shape.getAttribute('aria-label');
    };
    const show = (text, x, y) => {
        tip.textContent = text;
        tip.hidden = false;
        tip.style.left = (x + window.scrollX + 14) + 'px';
        tip.style.top = (y + window.scrollY + 14) + 'px';
    };
    document.addEventListener('mousemove', (e) => {
        const text = textOf(e.target);
        if (text) show(text, e.clientX, e.clientY); else tip.hidden = true;
    });
    document.addEventListener('focusin', (e) => {
        const text = textOf(e.target);
        if (!text) { tip.hidden = true; return; }
        const box = e.target.getBoundingClientRect();
        show(text, box.right, box.top);
    });
    document.addEventListener('keydown', (e) => { if (e.key === 'Escape') tip.hidden = true; });

    let pointer = false;
    document.addEventListener('pointerdown', () => { pointer = true; }, true);
    document.addEventListener('keydown', () => { pointer = false; }, true);
    for (const form of document.querySelectorAll('form.explorer')) {
        form.addEventListener('change', (e) => {
            if (pointer && e.target.matches('select, input[type=radio]')) form.requestSubmit();
        });
    }
})();
