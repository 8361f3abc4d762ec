// Shows the partner theme's CSS as it is, and feeds the broken example its JSON.
import css from './themes.css?raw';

document.getElementById('partner-css').textContent = css.slice(css.indexOf('.partner'));

const json = '{\n  "@type": "Event",\n  "name": "Meetup"\n  "startDate": "2027-03-01T18:00:00+02:00"\n}';
document.getElementById('broken-json').textContent = json;
document.getElementById('broken-card').setAttribute('event', json);
