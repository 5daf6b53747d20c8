export default defineAppConfig({
  // Main package: tab pages only. Everything else is a subpackage.
  pages: ['pages/home/index', 'pages/member/index', 'pages/wallet/index', 'pages/mine/index'],
  subPackages: [
    { root: 'packages/member', name: 'member', pages: ['pages/profile/index'] },
    { root: 'packages/points', name: 'points', pages: ['pages/index/index', 'pages/mall/index', 'pages/mall-item/index', 'pages/records/index'] },
    { root: 'packages/coupons', name: 'coupons', pages: ['pages/center/index', 'pages/detail/index', 'pages/products/index'] },
    { root: 'packages/signin', name: 'signin', pages: ['pages/index/index'] },
    { root: 'packages/groupbuy', name: 'groupbuy', pages: ['pages/chain/index', 'pages/leader/index', 'pages/picklist/index', 'pages/create/index', 'pages/list/index', 'pages/team/index'] },
    { root: 'packages/staff', name: 'staff', pages: ['pages/index/index', 'pages/numbers/index', 'pages/invite/index', 'pages/join/index', 'pages/ship/index'] },
    { root: 'packages/orders', name: 'orders', pages: ['pages/category/index', 'pages/product/index', 'pages/cart/index', 'pages/checkout/index', 'pages/pay-result/index', 'pages/list/index', 'pages/detail/index', 'pages/refund/index'] },
    { root: 'packages/common', name: 'common', pages: ['pages/not-found/index'] },
    { root: 'packages/admin', name: 'admin', pages: ['pages/console/index'] },
    { root: 'packages/flashsale', name: 'flashsale', pages: ['pages/index/index', 'pages/item/index'] },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '鲜果会员',
    navigationBarTextStyle: 'black',
    // Weapp's default; in H5 it turns on Taro's title bar (back, or home on an entry page).
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#8c9097',
    selectedColor: '#19a35b',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/member/index',
        text: '会员',
        iconPath: 'assets/tabbar/member.png',
        selectedIconPath: 'assets/tabbar/member-active.png',
      },
      {
        pagePath: 'pages/wallet/index',
        text: '券包',
        iconPath: 'assets/tabbar/wallet.png',
        selectedIconPath: 'assets/tabbar/wallet-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
})
