import '../widget/index.js';
