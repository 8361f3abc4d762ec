export default {
  name: 'card-seed',
  page: '/bench/pages/card-seed.html',
  description: 'One <event-card> with the seed event fetched via src: from bundle request to the card painted.',
};
